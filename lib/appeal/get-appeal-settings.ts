// How long "Remind me later" hides the appeal, the optional frequency cap, and the pause after a gift (from the environment).
export type AppealSettings = {
  deferDays: number;
  /** Show the full appeal at most `times` in `days` to one reader; null is off (the default). */
  cap: { times: number; days: number } | null;
  hideAfterGiftDays: number;
};

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 && n <= 3650 ? n : fallback;
}

/** APPEAL_DEFER_DAYS (30), APPEAL_FREQUENCY_CAP ("3/7": 3 times in 7 days; unset: off), APPEAL_HIDE_AFTER_GIFT_DAYS (90). */
export function getAppealSettings(env: Record<string, string | undefined> = process.env): AppealSettings {
  const cap = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(env.APPEAL_FREQUENCY_CAP ?? '');
  return {
    deferDays: positiveInt(env.APPEAL_DEFER_DAYS, 30),
    cap: cap && Number(cap[1]) > 0 && Number(cap[2]) > 0 ? { times: Number(cap[1]), days: Number(cap[2]) } : null,
    hideAfterGiftDays: positiveInt(env.APPEAL_HIDE_AFTER_GIFT_DAYS, 90),
  };
}
