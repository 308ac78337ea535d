/**
 * The design tokens: one source for colour, shape, spacing and type. Sizes are CSS px on a 375-wide
 * screen (the kit's unit). `theme-variables.ts` turns them into the kit's CSS variables; `tokens.scss`
 * mirrors the colours for the app's own stylesheet.
 */
export const colors = {
  primary: '#C8161D',
  primaryPressed: '#A50F16',
  primaryTint: '#FCEEEC',
  gold: '#E6A23C',
  goldText: '#B26A0F',
  goldTint: '#FDF5E6',
  noticeTint: '#FFF7E9',
  background: '#F7F5F2',
  card: '#FFFFFF',
  text1: '#1F1F1F',
  text2: '#595959',
  text3: '#8C8C8C',
  text4: '#BFBFBF',
  divider: '#EFEAE4',
  track: '#F1ECE6',
  success: '#2E9E5B',
  successTint: '#E8F5EE',
  mask: 'rgba(20, 12, 8, 0.45)',
  /** 长辈模式: nothing lighter than this, for 7:1 contrast on white. */
  elderText2: '#3D3D3D',
} as const;

export const radius = { tag: 4, thumbnail: 8, card: 12, sheet: 16, round: 999 } as const;

export const spacing = { xxs: 4, xs: 8, s: 12, m: 16, l: 20, xl: 24 } as const;

/** Type scale per mode; 长辈模式 is ≥ 1.25× every role. */
export const typeScale = {
  standard: { caption: 12, secondary: 14, body: 16, cardTitle: 17, section: 18, hero: 22, number: 28 },
  elder: { caption: 16, secondary: 18, body: 20, cardTitle: 22, section: 26, hero: 28, number: 35 },
} as const;

/** Tap targets per mode: buttons and cells never shorter than this. */
export const tapTarget = { standard: 44, elder: 48 } as const;

export type ThemeMode = keyof typeof typeScale;
