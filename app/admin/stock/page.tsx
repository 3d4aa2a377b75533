import type { Metadata } from 'next';
import { PageHeading } from '@/components/admin/page-heading';
import Link from 'next/link';
import { formatTime } from '@/lib/admin/format-time';
import { Panel } from '@/components/admin/panel';
import { StockForm } from '@/components/admin/stock-form';
import { requireAdminSession } from '@/lib/admin/session';
import { findProduct, products } from '@/lib/catalog';
import { getDb } from '@/lib/db';
import { merchantText } from '@/lib/merchant-text';
import { readStock, recentStockChanges, type StockChange, type StockLevel } from '@/lib/stock/levels';

const text = merchantText.stock;
const head = 'px-3 py-2 font-medium';
const number = 'px-3 py-3 text-right tabular-nums';
// On a phone the tables scroll sideways inside their own region, which the keyboard can reach and a screen reader names.
const scroller = 'overflow-x-auto';

export const metadata: Metadata = { title: text.title };

/** A product the stock table has no row for has none: 0 on hand, 0 held (its row is written by its first Save). */
const none = (productId: string): StockLevel => ({ productId, onHand: 0, held: 0, available: 0 });

/**
 * Stock: every product of the catalog with on hand, held (by payments in progress) and available, a form per product to
 * set on hand (./actions.ts), and the latest changes. Plain forms: no JavaScript needed.
 */
export default async function AdminStockPage() {
  await requireAdminSession();
  const db = await getDb();
  const [levels, changes] = await Promise.all([readStock(db), recentStockChanges(db, 50)]);
  const levelOf = new Map(levels.map((level) => [level.productId, level]));
  return (
    <>
      <PageHeading title={text.title} intro={text.intro} />
      <div className="rounded-2xl border border-line bg-white p-5">
        <div role="region" aria-labelledby="stock-levels-caption" tabIndex={0} className={scroller}>
          <table className="w-full min-w-[36rem] text-left" data-testid="stock-levels">
            <caption id="stock-levels-caption" className="text-left text-lg font-semibold text-ink">
              {text.levelsCaption}
            </caption>
            <thead className="border-b border-line text-sm text-muted">
              <tr>
                <th scope="col" className={head}>{text.columnProduct}</th>
                <th scope="col" className={`${head} text-right`}>{text.columnOnHand}</th>
                <th scope="col" className={`${head} text-right`}>
                  {text.columnHeld}
                  <span className="block text-xs font-normal">{text.columnHeldHint}</span>
                </th>
                <th scope="col" className={`${head} text-right`}>{text.columnAvailable}</th>
                <th scope="col" className={head}>{text.columnSet}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {products.map((product) => {
                const level = levelOf.get(product.id) ?? none(product.id);
                const headerId = `stock-${product.id}`;
                return (
                  <tr key={product.id} className="align-top">
                    <th scope="row" id={headerId} className="sticky left-0 z-10 bg-white px-3 py-3 font-semibold text-ink">
                      {product.name}
                    </th>
                    <td className={number} data-testid="on-hand">{text.count(level.onHand)}</td>
                    <td className={number} data-testid="held">{text.count(level.held)}</td>
                    <td className={`${number} font-semibold`} data-testid="available">{text.count(level.available)}</td>
                    <td className="px-3 py-2">
                      <StockForm productId={product.id} onHand={level.onHand} labelledBy={headerId} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="mt-3 text-sm text-muted">{text.levelsHint}</p>
      </div>
      <Panel id="stock-changes-heading" title={text.changesHeading}>
        <StockChanges changes={changes} />
      </Panel>
    </>
  );
}

/** The latest changes of on hand, newest first: when, which product, who (the dashboard or an order), why, from → to. */
function StockChanges({ changes }: { changes: StockChange[] }) {
  if (changes.length === 0) return <p className="text-muted">{text.changesEmpty}</p>;
  return (
    <div role="region" aria-labelledby="stock-changes-caption" tabIndex={0} className={scroller}>
      <table className="w-full min-w-[36rem] text-left" data-testid="stock-changes">
        <caption id="stock-changes-caption" className="sr-only">
          {text.changesCaption}
        </caption>
        <thead className="border-b border-line text-sm text-muted">
          <tr>
            <th scope="col" className={head}>{text.columnWhen}</th>
            <th scope="col" className={head}>{text.columnProduct}</th>
            <th scope="col" className={head}>{text.columnWho}</th>
            <th scope="col" className={head}>{text.columnReason}</th>
            <th scope="col" className={`${head} text-right`}>{text.columnChange}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {changes.map((change, index) => (
            // A change carries no id of its own here; its moment, product and place in the list tell it apart.
            <tr key={`${change.at}|${change.productId}|${index}`}>
              <td className="px-3 py-2 text-sm whitespace-nowrap text-muted">{formatTime(change.at)}</td>
              <td className="px-3 py-2">{findProduct(change.productId)?.name ?? change.productId}</td>
              <td className="px-3 py-2">
                <Who change={change} />
              </td>
              <td className="px-3 py-2">{text.reasonOf(change.reason)}</td>
              <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{text.change(change.before, change.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The merchant changed it from this page; an order changed it by a refund or a cancellation (its page is linked). */
function Who({ change }: { change: StockChange }) {
  if (change.changedBy === 'merchant') return text.byDashboard;
  if (change.orderId === null) return text.byAnOrder;
  return (
    <Link href={`/admin/orders/${change.orderId}`} className="rounded text-sm font-semibold text-fjord underline-offset-4 hover:underline">
      {text.byOrder(change.orderId)}
    </Link>
  );
}
