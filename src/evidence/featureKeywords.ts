/**
 * Words that suggest a box stands for an evidence feature, for suggestFeatures. `core` terms come from
 * the feature's own name or the briefing's words for it and weigh double; `related` terms are the
 * everyday words a partnership would write for the same thing. A term may be a phrase: its words must
 * then follow one another (common words like "of" and "the" are skipped on both sides).
 *
 * A single word that every partnership model is full of ("partners", "services", "staff"…) would
 * match everything, so none is a term on its own (featureKeywords.test.ts checks); in a phrase such
 * words are fine, as the phrase must appear whole ("people who use services").
 */

export interface FeatureKeywords {
  readonly core: readonly string[];
  readonly related: readonly string[];
}

/** Words too common in partnership models to point at any one feature on their own. */
export const GENERIC_WORDS: readonly string[] = [
  'partner', 'partners', 'partnership', 'partnerships', 'work', 'working', 'service', 'services', 'people',
  'agency', 'agencies', 'organisation', 'organisations', 'staff', 'all', 'every', 'each', 'other', 'team',
  'use', 'using', 'sector', 'shared', 'share', 'improved', 'improve', 'local', 'clear', 'strong', 'good',
  'better', 'joint', 'across', 'group', 'groups', 'community',
];

export const FEATURE_KEYWORDS: Readonly<Record<string, FeatureKeywords>> = {
  'right-approach': {
    core: ['right approach', 'appropriate form of organisation'],
    related: ['appropriate', 'right way', 'best way', 'case for partnership', 'options appraisal', 'whether to form a partnership'],
  },
  'clear-rationale': {
    core: ['clear need', 'rationale'],
    related: ['need', 'purpose', 'reason', 'justification', 'needs assessment', 'problem statement', 'case for change'],
  },
  'clear-aims-roles': {
    core: ['aims', 'objectives', 'roles', 'responsibilities'],
    related: ['remit', 'terms of reference', 'accountability', 'accountable', 'partnership agreement', 'goals', 'mission'],
  },
  'sufficient-resources': {
    core: ['sufficient resources', 'resources'],
    related: ['budget', 'pooled budget', 'funding', 'fund', 'money', 'finance', 'financial', 'investment', 'grant', 'capacity', 'staff time', 'secondment', 'premises', 'cost'],
  },
  'realistic-timeframes': {
    core: ['timeframes', 'realistic timeframes', 'time frame'],
    related: ['realistic', 'timescale', 'time scale', 'timetable', 'deadline', 'milestone', 'long term', 'short term', 'pace', 'schedule', 'years'],
  },
  'autonomy-authority': {
    core: ['autonomy', 'authority', 'make decisions'],
    related: ['delegated', 'delegated powers', 'delegation', 'mandate', 'sign off', 'budget holder', 'independence', 'approval', 'authorise'],
  },
  'dedicated-management': {
    core: ['dedicated management', 'management structure', 'dedicated'],
    related: ['board', 'steering group', 'programme manager', 'partnership manager', 'coordinator', 'co-ordinator', 'governance', 'secretariat', 'project manager', 'programme board', 'structure'],
  },
  leadership: {
    core: ['leadership', 'reflective leadership', 'responsive leadership', 'leader'],
    related: ['lead', 'lead officer', 'chair', 'champion', 'sponsor', 'senior', 'chief executive', 'director', 'vision'],
  },
  'shared-decision-making': {
    core: ['decision making', 'decisions', 'decide', 'direction', 'involve all partners'],
    related: ['joint decision', 'decide together', 'consensus', 'vote', 'co-design', 'codesign', 'collective', 'agree', 'joint planning', 'plan together'],
  },
  'communication-information': {
    core: ['communication', 'communicate', 'information', 'information sharing', 'share information', 'sharing information'],
    related: ['meeting', 'newsletter', 'briefing', 'bulletin', 'email', 'updates', 'data sharing', 'share data', 'sharing protocol', 'report back', 'dialogue', 'conversation', 'liaison', 'shared record', 'case conference'],
  },
  'meaningful-performance': {
    core: ['performance management', 'performance', 'meaningful'],
    related: ['indicator', 'measure', 'measurement', 'monitoring', 'monitor', 'reporting', 'report', 'targets', 'kpi', 'dashboard', 'scorecard', 'metrics', 'data'],
  },
  'staff-development': {
    core: ['support staff', 'staff support', 'staff development', 'skills'],
    related: ['confidence', 'relationships', 'training', 'train', 'coaching', 'mentoring', 'supervision', 'induction', 'workforce development', 'cpd', 'professional development', 'capacity building'],
  },
  'learning-together': {
    core: ['learn together', 'learning together', 'inter-professional development', 'interprofessional', 'inter-professional', 'action-oriented evaluation', 'evaluation', 'learning'],
    related: ['joint training', 'shared training', 'training together', 'multi-agency training', 'cross-agency training', 'workshop', 'learning event', 'away day', 'action learning', 'peer learning', 'shadowing', 'evaluate', 'seminar', 'community of practice', 'development programme'],
  },
  'strategic-operational-links': {
    core: ['strategic and operational', 'operational and strategic', 'strategic', 'links between'],
    related: ['operational', 'strategy', 'escalation', 'escalate', 'link officer', 'two-way', 'top-down', 'bottom-up', 'feedback loop'],
  },
  'flexible-responsive': {
    core: ['flexible', 'flexibility', 'responsive', 'adaptable'],
    related: ['adapt', 'agile', 'adjust', 'timely', 'change course', 'test and learn', 'iterate'],
  },
  'all-partners-engaged': {
    core: ['clarifying direction', 'engaged'],
    related: ['participation', 'participate', 'take part', 'attend', 'attendance', 'at the table', 'round the table', 'membership', 'members', 'represented', 'representation', 'involvement', 'involved', 'inclusive'],
  },
  'third-sector-engaged': {
    core: ['third sector', 'voluntary', 'voluntary sector', 'community sector', 'voluntary and community'],
    related: ['charity', 'charities', 'charitable', 'vcs', 'vcse', 'tsi', 'third sector interface', 'ngo', 'non-profit', 'not-for-profit', 'volunteer', 'community groups', 'community organisations', 'social enterprise', 'faith groups', 'marginalised'],
  },
  'operational-staff-involved': {
    core: ['operational staff', 'strategic decisions', 'strategic decision making'],
    related: ['operational', 'frontline', 'front line', 'practitioners', 'practitioner', 'workers', 'staff voice', 'staff reference group'],
  },
  'people-using-services': {
    core: ['people who use services', 'people using services', 'needs of people'],
    related: ['service user', 'service users', 'users', 'citizen', 'citizens', 'resident', 'residents', 'patient', 'patients', 'client', 'clients', 'families', 'lived experience', 'co-production', 'coproduction', 'user voice', 'consultation'],
  },
  'trust-between-partners': {
    core: ['trust', 'trust between partners', 'mutual trust'],
    related: ['trust each other', 'goodwill', 'mistrust', 'distrust', 'suspicion', 'rely on', 'openness', 'honest', 'honesty', 'respect'],
  },
  ownership: {
    core: ['ownership', 'sense of ownership'],
    related: ['buy-in', 'buy in', 'commitment', 'committed', 'belonging', 'stake', 'invested in'],
  },
  'equal-transparent-power': {
    core: ['power', 'equal', 'transparent', 'transparency', 'equitable', 'power sharing'],
    related: ['share power', 'balance of power', 'power imbalance', 'hierarchy', 'hierarchical', 'equality', 'parity', 'fair', 'fairness', 'level playing field'],
  },
  'confidence-across-agencies': {
    core: ['confidence', 'confident', 'confidence in working across agencies'],
    related: ['comfortable', 'cross-agency', 'interagency', 'inter-agency'],
  },
  'shared-understanding-outcomes': {
    core: ['shared understanding', 'shared understandings', 'final outcomes', 'shared outcomes'],
    related: ['outcome', 'outcomes', 'shared vision', 'common purpose', 'shared aim', 'common aims', 'agreed outcomes', 'logic model', 'theory of change', 'outcomes framework'],
  },
  'understanding-partners': {
    core: ['cultures', 'contributions', 'understanding of partners', 'understand partners'],
    related: ['culture', 'ethos', 'values', 'professional boundaries', 'different perspectives', 'what each partner brings', 'awareness', 'understand each other', 'know each other', 'get to know'],
  },
  'critical-reflection': {
    core: ['critical reflection', 'reflect', 'reflection', 'critically', 'critical'],
    related: ['reflective practice', 'review', 'lessons learned', 'lessons learnt', 'challenge', 'self-evaluation', 'self-assessment', 'debrief'],
  },
  'engaging-complexity': {
    core: ['complexity', 'complex', 'in-depth understanding', 'in-depth understandings'],
    related: ['local context', 'context', 'systems thinking', 'whole system', 'root cause', 'root causes', 'wicked problem', 'local knowledge', 'deep dive', 'mapping'],
  },
  'joint-working-practice': {
    core: ['working across agencies', 'joint working', 'everyday practice'],
    related: ['multi-agency', 'multi-agency team', 'co-location', 'co-located', 'integrated', 'integration', 'joint team', 'interagency working', 'collaborative working', 'collaboration', 'joint visits', 'joint assessment'],
  },
  'improved-processes': {
    core: ['improved processes', 'partnership processes', 'processes', 'process'],
    related: ['procedure', 'procedures', 'systems', 'streamlined', 'way of working', 'ways of working'],
  },
  'tailored-local-solutions': {
    core: ['tailored solutions', 'tailored', 'local solutions', 'local partnership issues'],
    related: ['bespoke', 'place-based', 'locality', 'neighbourhood', 'local issues', 'community-led'],
  },
  'multidisciplinary-access': {
    core: ['multidisciplinary', 'specialist services', 'specialist', 'access'],
    related: ['multi-disciplinary', 'multi-professional', 'one-stop shop', 'single point of access', 'referral', 'referrals', 'referral pathway', 'pathway', 'hub', 'specialist team'],
  },
  'improved-outcomes': {
    core: ['improved outcomes', 'outcomes for people', 'final outcomes'],
    related: ['outcomes', 'reoffending', 'reduced reoffending', 'health inequality', 'health inequalities', 'regeneration', 'employability', 'employment', 'hospital beds', 'wellbeing', 'well-being', 'quality of life', 'impact'],
  },
};
