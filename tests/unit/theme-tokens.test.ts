import { colors, tapTarget, typeScale } from '../../src/theme/tokens';
import { pageThemes } from '../../src/theme/theme-variables';

/** WCAG relative luminance of a #RRGGBB colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

test('长辈模式 sets every role of the type scale at least 1.25 times the standard size', () => {
  for (const role of Object.keys(typeScale.standard) as Array<keyof typeof typeScale.standard>) {
    expect(typeScale.elder[role] / typeScale.standard[role]).toBeGreaterThanOrEqual(1.25);
  }
});

test('长辈模式 text reaches 7:1 contrast on cards and on the page background', () => {
  const elder = pageThemes.elder;
  for (const variable of ['appColorText1', 'appColorText2', 'appColorText3', 'nutuiColorText', 'nutuiColorTextHelp']) {
    expect(contrast(elder[variable]!, colors.card)).toBeGreaterThanOrEqual(7);
    expect(contrast(elder[variable]!, colors.background)).toBeGreaterThanOrEqual(7);
  }
});

test('tap targets are at least 44 px, and 48 px in 长辈模式', () => {
  expect(tapTarget.standard).toBeGreaterThanOrEqual(44);
  expect(tapTarget.elder).toBeGreaterThanOrEqual(48);
  expect(pageThemes.elder.nutuiButtonDefaultHeight).toBe('48px');
  expect(pageThemes.elder.nutuiButtonSmallHeight).toBe('48px');
  expect(pageThemes.elder.appTapTarget).toBe('48px');
});

test('both themes use the Party red as the kit’s primary colour', () => {
  expect(pageThemes.standard.nutuiColorPrimary).toBe('#C8161D');
  expect(pageThemes.elder.nutuiColorPrimary).toBe('#C8161D');
});
