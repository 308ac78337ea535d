import Taro from '@tarojs/taro';

/** What `wx.requestPayment` takes, as the server's payment port returns it. */
export interface WechatPayment {
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: string;
  paySign: string;
}

export type PaymentOutcome = 'paid' | 'cancelled' | 'failed';

/**
 * Pays an order the server opened. In WeChat the cashier opens with the server's parameters; without
 * parameters the server's local stand-in has confirmed the order already (the browser demo), so there is
 * nothing left to do here. The server counts a payment only from the payment platform's own record.
 */
export async function payOrder(payment: WechatPayment | null): Promise<PaymentOutcome> {
  if (payment === null) return 'paid';
  if (process.env.TARO_ENV !== 'weapp') return 'failed';
  try {
    await Taro.requestPayment({ ...payment, signType: payment.signType as 'MD5' });
    return 'paid';
  } catch (error) {
    const message = String((error as { errMsg?: string })?.errMsg ?? '');
    return message.includes('cancel') ? 'cancelled' : 'failed';
  }
}
