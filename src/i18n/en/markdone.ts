/** English terms of `<wwe-markdone-guard>`. */
export const markdoneTerms = {
  'markdone.blocked': 'Mark done is blocked until these are filled: {keys}',
  'markdone.unblocked': 'Mark done is allowed',
  'markdone.warning': 'Fill in {keys} before marking done.',
  'markdone.missing': 'Missing attached data',
  'markdone.expired': 'Agent Desktop lifted the block after its timeout.',
  'markdone.attempted': 'Mark done was refused: fill in {keys}.',
} as const;
