import { randomBytes } from 'node:crypto';
import type { ClientPayment, OrderStatus, PaymentPort } from './payments';

/**
 * WeChat Pay through the cloud payment API (`cloud.cloudPay`, wx-server-sdk): no certificate or signature
 * here, WeChat signs on its private link. `unifiedOrder` names the function and environment WeChat calls
 * with the result notice (our `jobs` function, see `functions/pay-notice.ts`); `queryOrder` is what the
 * service trusts. Merchant settings: docs/deploy-wechat.md.
 */
interface WxCloudPay {
  cloudPay: {
    unifiedOrder(args: {
      body: string;
      outTradeNo: string;
      spbillCreateIp: string;
      subMchId: string;
      totalFee: number;
      envId: string;
      functionName: string;
      nonceStr: string;
      tradeType: 'JSAPI';
      openid?: string;
    }): Promise<{
      returnCode?: string;
      returnMsg?: string;
      resultCode?: string;
      errCodeDes?: string;
      payment?: ClientPayment;
    }>;
    queryOrder(args: { subMchId: string; outTradeNo: string; nonceStr: string }): Promise<{
      returnCode?: string;
      resultCode?: string;
      errCode?: string | number;
      tradeState?: string;
      totalFee?: number;
      transactionId?: string;
      timeEnd?: string;
    }>;
  };
}

export interface WxPaySettings {
  /** The merchant number bound to the cloud environment (子商户号). */
  subMchId: string;
  /** The environment whose function receives the result notice. */
  envId: string;
  /** The function that receives it. */
  functionName: string;
}

const nonce = () => randomBytes(16).toString('hex');

/** `timeEnd` is China time, `yyyyMMddHHmmss`. */
function chinaTimeToEpoch(text: string | undefined, fallback: number): number {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text ?? '');
  return m ? Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}+08:00`) : fallback;
}

export function wxCloudPayments(cloud: WxCloudPay, settings: WxPaySettings, clock: () => number): PaymentPort {
  return {
    kind: 'wxpay',
    async createOrder(order) {
      const result = await cloud.cloudPay.unifiedOrder({
        body: order.description.slice(0, 40),
        outTradeNo: order.orderNo,
        // The cloud function's own address is not known to it; WeChat accepts the loopback for cloud calls.
        spbillCreateIp: '127.0.0.1',
        subMchId: settings.subMchId,
        totalFee: order.amountFen,
        envId: settings.envId,
        functionName: settings.functionName,
        nonceStr: nonce(),
        tradeType: 'JSAPI',
        ...(order.openid ? { openid: order.openid } : {}),
      });
      if (result.returnCode !== 'SUCCESS' || result.resultCode !== 'SUCCESS' || !result.payment)
        throw new Error(`cloudPay.unifiedOrder failed: ${result.returnMsg ?? ''} ${result.errCodeDes ?? ''}`.trim());
      return { payment: result.payment };
    },
    async queryOrder(orderNo): Promise<OrderStatus> {
      const result = await cloud.cloudPay.queryOrder({
        subMchId: settings.subMchId,
        outTradeNo: orderNo,
        nonceStr: nonce(),
      });
      if (result.returnCode !== 'SUCCESS') throw new Error('cloudPay.queryOrder failed');
      if (result.resultCode !== 'SUCCESS')
        return result.errCode === 'ORDERNOTEXIST' ? { state: 'missing' } : { state: 'open' };
      switch (result.tradeState) {
        case 'SUCCESS':
        case 'REFUND':
          return {
            state: 'paid',
            amountFen: Number(result.totalFee ?? 0),
            transactionId: result.transactionId ?? '',
            paidAt: chinaTimeToEpoch(result.timeEnd, clock()),
          };
        case 'CLOSED':
        case 'REVOKED':
        case 'PAYERROR':
          return { state: 'closed' };
        default:
          return { state: 'open' };
      }
    },
  };
}
