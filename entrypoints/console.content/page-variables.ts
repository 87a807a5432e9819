import type { PageReader } from './page-reader';

/** Variable values the open conversation provides: `{买家}` and `{商品}`. Absent ones are asked for. */
export function pageVariables(reader: PageReader): Record<string, string> {
  const values: Record<string, string> = {};
  const buyer = reader.readCurrentBuyer();
  if (buyer?.name) values['买家'] = buyer.name;
  const product = reader.readProductTitle();
  if (product) values['商品'] = product;
  return values;
}
