/**
 * Label groups the development sets share: the starter phrases that are each an acceptable reply
 * when a buyer asks without saying which case is theirs (shipped or not, in stock or not…).
 */
// When it arrives, the buyer not saying whether the parcel left yet.
export const ETA = ['dlv-eta', 'dlv-eta-shipped'] as const;
// When it ships, asked before or just after paying.
export const SHIP = ['ship-when', 'ship-urge-on-time', 'ship-urge-today'] as const;
// Shipping chased after paying, the promised time perhaps passed.
export const URGE = ['ship-urge-on-time', 'ship-urge-today', 'ship-urge-overdue', 'ship-overdue-record'] as const;
// Availability asked without saying which it is.
export const STOCK = ['stock-yes', 'stock-check', 'stock-out', 'close-scarcity'] as const;
// A device stopped working: a warranty claim, or a quality problem to look at.
export const REPAIR = ['wty-claim', 'as-quality-issue', 'as-ask-photos'] as const;
// Arrived broken or spoilt.
export const BROKEN = ['as-damaged', 'as-ask-photos', 'as-quality-issue'] as const;
// Something wrong with the item itself.
export const FAULT = ['as-quality-issue', 'as-ask-photos'] as const;
// Price fell after buying.
export const PRICE_DROP = ['promo-price-drop', 'promo-price-protect'] as const;
// Address changes when the buyer doesn't say whether it shipped.
export const ADDRESS = ['order-address-unshipped', 'order-address-shipped'] as const;
// Cancelling when the buyer doesn't say whether it shipped.
export const CANCEL = ['order-cancel-unshipped', 'order-cancel-shipped'] as const;
// Can I return it (the answer depends on the case).
export const RETURN = ['as-return-eligible', 'as-return-ineligible', 'close-return-ease'] as const;
// Anger and complaints.
export const COMPLAINT = ['cpl-apologise', 'cpl-angry', 'cpl-listen'] as const;
