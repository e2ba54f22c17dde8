// The two reserved variant keys, in a module of their own so the browser's assignment code needs no schema library.
export const CONTROL_KEY = 'control';
export const HOLDBACK_KEY = 'holdback';
