export const TEAM_SYNC_ALARM = 'kefu-team-sync';
/** Within the 1–5 minutes: fresh enough for a team, light on a server with dozens of agents. */
export const TEAM_SYNC_PERIOD_MINUTES = 2;

/** The parts of `browser.alarms` team sync uses. */
export interface TeamAlarmsLike {
  create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): unknown;
  clear(name: string): Promise<unknown>;
  /** The alarm by name, if set (`browser.alarms.get`). */
  get?(name: string): Promise<unknown>;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}
