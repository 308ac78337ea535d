import { payNoticeReply, payNoticeToCall } from '../../cloudfunctions/functions/pay-notice';
import { wxCloudPayments } from '../../cloudfunctions/platform/payments-wxcloud';

/** The WeChat Pay adapter against a stand-in `cloud.cloudPay`, and how the `jobs` function reads a result notice. */
function fakeCloud(query: Record<string, unknown>) {
  const calls: Array<{ api: string; args: any }> = [];
  return {
    calls,
    cloud: {
      cloudPay: {
        async unifiedOrder(args: any) {
          calls.push({ api: 'unifiedOrder', args });
          return {
            returnCode: 'SUCCESS',
            resultCode: 'SUCCESS',
            payment: { timeStamp: '1', nonceStr: 'n', package: 'prepay_id=x', signType: 'MD5', paySign: 's' },
          };
        },
        async queryOrder(args: any) {
          calls.push({ api: 'queryOrder', args });
          return query;
        },
      },
    },
  };
}
const SETTINGS = { subMchId: '1900000109', envId: 'env-1', functionName: 'jobs' };

test('an order names the merchant, the amount in fen and the jobs function for the notice', async () => {
  const { cloud, calls } = fakeCloud({});
  const port = wxCloudPayments(cloud, SETTINGS, () => 0);
  const { payment } = await port.createOrder({
    orderNo: 'DF20261122abc',
    amountFen: 9750,
    description: '党费-11月',
    openid: 'o-1',
  });
  expect(payment?.package).toBe('prepay_id=x');
  expect(calls[0]!.args).toMatchObject({
    outTradeNo: 'DF20261122abc',
    totalFee: 9750,
    subMchId: '1900000109',
    envId: 'env-1',
    functionName: 'jobs',
    tradeType: 'JSAPI',
    openid: 'o-1',
  });
  expect(calls[0]!.args.nonceStr).toMatch(/^[0-9a-f]{32}$/);
});

test.each([
  [
    {
      returnCode: 'SUCCESS',
      resultCode: 'SUCCESS',
      tradeState: 'SUCCESS',
      totalFee: 9750,
      transactionId: 't1',
      timeEnd: '20261122143000',
    },
    { state: 'paid', amountFen: 9750, transactionId: 't1', paidAt: Date.parse('2026-11-22T14:30:00+08:00') },
  ],
  [{ returnCode: 'SUCCESS', resultCode: 'SUCCESS', tradeState: 'NOTPAY' }, { state: 'open' }],
  [{ returnCode: 'SUCCESS', resultCode: 'SUCCESS', tradeState: 'CLOSED' }, { state: 'closed' }],
  [{ returnCode: 'SUCCESS', resultCode: 'FAIL', errCode: 'ORDERNOTEXIST' }, { state: 'missing' }],
])('the platform’s answer %j reads as %j', async (answer, status) => {
  const { cloud } = fakeCloud(answer);
  await expect(wxCloudPayments(cloud, SETTINGS, () => 0).queryOrder('DF1')).resolves.toEqual(status);
});

test('only the jobs function takes a pay notice, and only its order number from it', () => {
  const notice = { returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo: 'DF1', totalFee: 1, openid: 'o' };
  expect(payNoticeToCall('jobs', notice)).toEqual({ route: 'system.duesPayResult', input: { outTradeNo: 'DF1' } });
  expect(payNoticeToCall('api', notice)).toBeNull();
  expect(payNoticeToCall('jobs', { route: 'system.setup', outTradeNo: 'x', returnCode: 'SUCCESS' })).toBeNull();
  expect(payNoticeToCall('jobs', { route: 'me.dues', input: {} })).toBeNull();
  expect(payNoticeReply({ ok: true, data: {} })).toMatchObject({ errcode: 0 });
  expect(payNoticeReply({ ok: false, error: { code: 'NOT_FOUND', message: '没有这笔党费订单。' } })).toMatchObject({
    errcode: 1,
  });
});
