import { arrowRightImage, cssVariableName, themeVariables } from '../../config/first-screen-theme';
import { pageThemes } from '../../src/theme/theme-variables';

/**
 * What index.html's early drawing of the 首页 takes from the build (config/first-screen-theme.ts): the standard
 * theme's variables under the names the kit's ConfigProvider gives them, and the kit's arrow icon.
 */
// The browser test (tests/e2e/home-first-screen.test.ts) compares them with what the kit sets on the page.
test('theme keys become CSS variables as the kit’s ConfigProvider names them', () => {
  expect(cssVariableName('appFontSizeTitle')).toBe('--app-font-size-title');
  expect(cssVariableName('nutuiFontSizeS')).toBe('--nutui-font-size-s');
  expect(cssVariableName('nutuiColorPrimaryStop1')).toBe('--nutui-color-primary-stop-1');
});

test('the drawing gets the standard theme, value for value', () => {
  const variables = new Map(themeVariables(pageThemes.standard));
  expect(variables.size).toBe(Object.keys(pageThemes.standard).length);
  expect(variables.get('--app-font-size-title')).toBe(pageThemes.standard.appFontSizeTitle);
});

test('the arrow is the kit’s own SVG image', () => {
  expect(arrowRightImage()).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/]+=*$/);
});
