// Shape of one versioned set of Indonesian legal parameters for the rights
// calculators. The numbers live in data files (e.g. ./id-2021.ts), never in the
// calculator code, so a new law or PP revision is a new file, not a code change.

/** Termination-reason keys: the PP 35/2021 article (and ayat) that grounds the PHK. */
export type SeveranceReason =
  | '41' | '42-1' | '42-2' | '43-1' | '43-2' | '44-1' | '44-2' | '45-1' | '45-2'
  | '46-1' | '46-2' | '47' | '48' | '49' | '50' | '51' | '52-1' | '52-2'
  | '54-1' | '54-2' | '55' | '56' | '57';

/** A regulation the parameters were taken from. */
export type LegalSource = {
  /** Short citation, e.g. "PP 35/2021". */
  id: string;
  /** Full title of the regulation or decision. */
  title: string;
  /** Date it took effect (or was read, for a court decision), YYYY-MM-DD. */
  effectiveFrom: string;
  /** Where the official text can be checked. */
  url?: string;
  /** What this source changes or how sure we are of it. */
  note?: string;
};

/** One tier of an overtime table: hours up to and including `upToHour` pay `multiplier` × hourly wage. */
export type OvertimeTier = {
  /** Last overtime hour (1-based, inclusive) this tier covers. */
  upToHour: number;
  /** Multiple of the hourly wage per hour; must be a multiple of 0.25. */
  multiplier: number;
};

/** An overtime multiplier table for one situation. */
export type OvertimeTable = {
  /** Article of the whole table, shown beside each line. */
  article: string;
  /** Tiers in hour order; hours beyond the last tier are paid at the last multiplier and flagged. */
  tiers: OvertimeTier[];
};

/** A service-length bracket: from `minYears` completed years on, `months` months' wage. */
export type ServiceBracket = {
  /** Completed years of service at which this bracket starts. */
  minYears: number;
  /** Months of wage owed in this bracket. */
  months: number;
};

/** What one termination reason pays. */
export type SeveranceReasonRule = {
  /** Citation, e.g. "PP 35/2021 Pasal 43 ayat (2)". */
  article: string;
  /** Multiplier on UP (uang pesangon); a multiple of 0.25. */
  upMultiplier: number;
  /** Multiplier on UPMK (uang penghargaan masa kerja): 1 or 0. */
  upmkMultiplier: number;
  /** Whether the article also provides uang pisah (amount set by PK/PP/PKB). */
  separationPay: boolean;
};

/** A complete, versioned set of legal parameters. */
export type LegalParameters = {
  /** Identifier of this parameter set, e.g. "id-2021.1". */
  version: string;
  /** Date from which these parameters apply, YYYY-MM-DD. */
  effectiveFrom: string;
  /** Date the figures were last checked against sources, YYYY-MM-DD. */
  reviewedAt: string;
  /** Regulations the figures come from. */
  sources: LegalSource[];
  /** Overtime pay (upah kerja lembur). */
  overtime: {
    /** Monthly wage ÷ this = hourly wage (Pasal 32(1)–(2)). */
    monthlyHoursDivisor: number;
    /** Article for the divisor and wage base. */
    hourlyWageArticle: string;
    /** Minimum share of total pay used as base when basic + fixed is lower (Pasal 32(4)), as numerator/denominator. */
    minimumBaseShare: { numerator: number; denominator: number };
    /** Article for the minimum-share rule. */
    minimumBaseShareArticle: string;
    /** Daily wage × this = monthly wage, by work-week pattern (Pasal 33(1)). */
    dailyToMonthly: { 5: number; 6: number };
    /** Article for the daily-wage conversion. */
    dailyToMonthlyArticle: string;
    /** Cap on workday overtime hours per week (Pasal 26(1)). */
    workdayMaxHoursPerWeek: number;
    /** Article for the daily and weekly caps. */
    capArticle: string;
    /** Multiplier tables by situation. */
    tables: {
      /** Workday overtime; its last tier ends at the daily cap. */
      workday: OvertimeTable;
      /** Rest day or public holiday, 6-day week. */
      restdaySixDay: OvertimeTable;
      /** Public holiday on the shortest workday, 6-day week. */
      holidayShortestDay: OvertimeTable;
      /** Rest day or public holiday, 5-day week. */
      restdayFiveDay: OvertimeTable;
    };
  };
  /** Severance (UP, UPMK, UPH). */
  severance: {
    /** UP brackets by completed years, ascending (Pasal 40(2)). */
    upBrackets: ServiceBracket[];
    /** UPMK brackets by completed years, ascending (Pasal 40(3)). */
    upmkBrackets: ServiceBracket[];
    /** Article for the brackets. */
    bracketArticle: string;
    /** Monthly wage ÷ this = the value of one untaken leave day, by work-week pattern. */
    leaveDayDivisor: { 5: number; 6: number };
    /** Article for UPH (Pasal 40(4)). */
    uphArticle: string;
    /** Rules per termination reason. */
    reasons: Record<SeveranceReason, SeveranceReasonRule>;
  };
  /** THR keagamaan (religious-holiday allowance). */
  thr: {
    /** Minimum completed months of service to be entitled (Pasal 2(1)). */
    minMonths: number;
    /** Completed months from which one full month's wage is owed (Pasal 3(1)a). */
    fullMonths: number;
    /** A PKWTT worker dismissed by the employer at most this many days before the holiday is still entitled (Pasal 7). */
    dismissalGraceDays: number;
    /** Article for a full month's THR. */
    fullArticle: string;
    /** Article for pro-rata THR. */
    proRataArticle: string;
    /** Article for the entitlement threshold. */
    entitlementArticle: string;
    /** Article for the dismissal and PKWT-end rules. */
    terminationArticle: string;
  };
};
