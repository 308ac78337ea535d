/**
 * Online payment of dues. WeChat Pay through the cloud payment API in production
 * (`payments-wxcloud.ts`); locally a stand-in that confirms every order at once, so the whole flow runs
 * in `npm start` and the tests, and that can be told to lose the result notice of the next orders.
 *
 * The platform's result notice only names an order: the service always asks `queryOrder` for the facts
 * (paid or not, how much) before it counts anything, so a forged or replayed notice changes nothing.
 */
export interface PaymentOrder {
  /** Our order number (商户订单号): at most 32 letters, digits, `_` or `-`. */
  orderNo: string;
  amountFen: number;
  /** What the payer sees (商品描述). */
  description: string;
  /** The payer's WeChat identity; null for a member signed in without WeChat. */
  openid: string | null;
}

/** What `wx.requestPayment` takes; null when no client step is needed (the local stand-in). */
export interface ClientPayment {
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: string;
  paySign: string;
}

export type OrderStatus =
  | { state: 'paid'; amountFen: number; transactionId: string; paidAt: number }
  | { state: 'open' }
  | { state: 'closed' }
  | { state: 'missing' };

export interface PaymentPort {
  readonly kind: 'local' | 'wxpay';
  createOrder(order: PaymentOrder): Promise<{ payment: ClientPayment | null }>;
  queryOrder(orderNo: string): Promise<OrderStatus>;
}

export interface LocalPayments extends PaymentPort {
  /** Result notices not delivered yet (when no `deliver` was given), oldest first; taking empties the queue. */
  takeNotices(): string[];
  /** The next `count` orders are paid, but their result notice never arrives. */
  loseNotices(count: number): void;
  /** The next `count` orders are left unpaid (the member closed the cashier). */
  leaveUnpaid(count: number): void;
}

/**
 * The local stand-in: the member "pays" as the order is created. Each result notice goes to `deliver`
 * (the local host routes it like WeChat would) or waits in a queue the tests drain.
 */
export function localPayments(
  options: { clock?: () => number; deliver?: (orderNo: string) => Promise<unknown> } = {},
): LocalPayments {
  const clock = options.clock ?? Date.now;
  const orders = new Map<string, OrderStatus>();
  const queue: string[] = [];
  let toLose = 0;
  let toLeave = 0;
  return {
    kind: 'local',
    async createOrder(order) {
      if (orders.has(order.orderNo)) throw new Error(`order ${order.orderNo} exists`);
      if (toLeave > 0) {
        toLeave -= 1;
        orders.set(order.orderNo, { state: 'open' });
        return { payment: null };
      }
      orders.set(order.orderNo, {
        state: 'paid',
        amountFen: order.amountFen,
        transactionId: `local-${order.orderNo}`,
        paidAt: clock(),
      });
      if (toLose > 0) toLose -= 1;
      else if (options.deliver) await options.deliver(order.orderNo);
      else queue.push(order.orderNo);
      return { payment: null };
    },
    async queryOrder(orderNo) {
      return orders.get(orderNo) ?? { state: 'missing' };
    },
    takeNotices: () => queue.splice(0, queue.length),
    loseNotices(count) {
      toLose += count;
    },
    leaveUnpaid(count) {
      toLeave += count;
    },
  };
}
