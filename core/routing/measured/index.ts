/**
 * Measured routing (issue 9, "measured, not guessed"): what each agent's sidebar records of its day,
 * the day file, the team's data, the scenario built from it and the comparison with the simulation.
 */
export { BUSY_WAITING, MINUTES_PER_DAY, clockText, dayKey, emptyHours, minutesIn, normaliseIntervals, parseClock, type DayRecord, type DaySource, type MeasuredDay, type MinuteInterval, type MyDay, type TeamDay } from './day';
export { LOCAL_CLOCK, fixedClock, type LocalClock } from './clock';
export { GAP_MS, MAX_IDS_PER_SAMPLE, MAX_SEEN, idHash, recordSamples, startRecorderDay, type RecorderDay, type Sample } from './recorder';
export { DAY_FILE_FORMAT, DAY_FILE_MAX_BYTES, DAY_FILE_VERSION, dayFileName, dayFileSchema, dayFileText, parseDayFile, type DayFile, type ParsedDayFile } from './file';
export { mergeTeamDays } from './team';
export { COUNT_FILE_MAX_BYTES, COUNT_TABLE_MAX_ROWS, checkEntry, fileTooLarge, countsFromRows, daysFromEntries, readCountsFile, type CountEntry, type CountField, type CountsResult } from './counts';
export {
  DEFAULT_HOURS,
  DEFAULT_REPLY_SECONDS,
  DEFAULT_RETURNING_SHARE,
  measuredScenario,
  scenarioFromMeasurements,
  type MeasuredAssumption,
  type MeasuredScenario,
  type MeasuredScenarioOptions,
} from './scenario';
export { DEPARTURE_POINTS, compareWithReality, describeComparison, describeReality, measuredShares, type MeasuredShare, type RealityComparison, type RealityRow } from './compare';
export { describeAssumption } from './wording';
export { MY_DAYS_KEPT, TEAM_DAYS_MAX, createRoutingMeasuresService, type ImportedFile, type RoutingAgent, type RoutingMeasuresDeps, type RoutingMeasuresService } from './service';
export { routingMeasuresArea } from './area';
export { teamDayId, type RoutingTeamDayRecord } from './records';
