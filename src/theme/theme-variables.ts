import { colors, radius, spacing, tapTarget, typeScale, type ThemeMode } from './tokens';

const px = (value: number) => `${value}px`;

/**
 * The kit's theme variables (camelCase keys become `--nutui-…` CSS variables) plus the app's own
 * `--app-…` variables, which `app.scss` reads, so kit components and the app's classes change together.
 */
function themeVariables(mode: ThemeMode): Record<string, string> {
  const type = typeScale[mode];
  const target = tapTarget[mode];
  const text2 = mode === 'elder' ? colors.elderText2 : colors.text2;
  const text3 = mode === 'elder' ? colors.elderText2 : colors.text3;
  return {
    nutuiColorPrimary: colors.primary,
    nutuiColorPrimaryStop1: colors.primary,
    nutuiColorPrimaryStop2: colors.primaryPressed,
    nutuiColorPrimaryPressed: colors.primaryPressed,
    nutuiColorPrimaryLightPressed: colors.primaryTint,
    nutuiColorPrimaryIcon: colors.primary,
    nutuiColorDanger: colors.primary,
    nutuiColorSuccess: colors.success,
    nutuiColorWarning: colors.gold,
    nutuiColorBackground: colors.background,
    nutuiColorMask: colors.mask,
    nutuiColorBorder: colors.divider,
    nutuiColorTitle: colors.text1,
    nutuiColorText: text2,
    nutuiColorTextHelp: text3,
    nutuiFontSizeXs: px(type.caption),
    nutuiFontSizeS: px(type.secondary),
    nutuiFontSizeBase: px(type.body),
    nutuiFontSizeL: px(type.cardTitle),
    nutuiFontSizeXl: px(type.section),
    nutuiFontSizeXxl: px(type.hero),
    nutuiRadiusBase: px(radius.card),
    nutuiSpacingBase: px(spacing.m),
    nutuiButtonDefaultHeight: px(target),
    nutuiButtonDefaultFontSize: px(type.body),
    nutuiButtonLargeHeight: px(target + 2),
    nutuiButtonLargeFontSize: px(type.cardTitle),
    nutuiButtonSmallHeight: px(mode === 'elder' ? target : 32),
    nutuiButtonSmallFontSize: px(type.secondary),
    nutuiCellTitleFontSize: px(type.body),
    nutuiCellExtraFontSize: px(type.body),
    nutuiCellDescriptionFontSize: px(type.secondary),
    nutuiCellTitleColor: colors.text1,
    nutuiCellExtraColor: text2,
    nutuiCellBorderRadius: px(radius.card),
    // Rows of one line of body text at 1.5 line height: 54 px high, 58 in 长辈模式.
    nutuiCellPadding: `${px(mode === 'elder' ? 14 : 15)} ${px(spacing.m)}`,
    nutuiCellLineHeight: px(mode === 'elder' ? 30 : 24),
    nutuiCellGroupTitleFontSize: px(type.secondary),
    nutuiInputFontSize: px(type.body),
    nutuiFormItemLabelFontSize: px(type.body),
    nutuiFormItemBodyFontSize: px(type.body),
    nutuiFormItemTipFontSize: px(type.secondary),
    // One switch for the whole app: red when on, the track colour when off.
    nutuiSwitchHeight: px(mode === 'elder' ? 32 : 28),
    nutuiSwitchWidth: px(mode === 'elder' ? 56 : 48),
    nutuiSwitchActiveBackgroundColor: colors.primary,
    nutuiSwitchInactiveBackgroundColor: colors.divider,
    nutuiSwitchActiveDisabledBackgroundColor: colors.primaryTint,
    nutuiSwitchInactiveDisabledBackgroundColor: colors.track,
    // Disabled buttons are grey (app.scss keeps their label readable), never a pale red that reads as live.
    nutuiButtonPrimaryDisabled: colors.track,
    nutuiButtonDefaultDisabled: colors.track,
    nutuiButtonDefaultDisabledColor: text3,
    nutuiButtonBorderWidth: '1px',
    nutuiTabsTitlesHeight: px(target),
    nutuiTabsTitlesFontSize: px(type.body),
    nutuiTabsTitlesItemColor: text2,
    nutuiTabsTitlesItemActiveColor: colors.primary,
    nutuiTabsTitlesItemActiveFontWeight: '600',
    nutuiTabsTitlesItemActiveFontSize: px(type.body),
    nutuiTabsTitlesBackgroundColor: colors.card,
    nutuiTabsTabLineColor: colors.primary,
    nutuiTabsTabLineWidth: px(20),
    nutuiTabsTabLineHeight: px(3),
    nutuiTagFontSize: px(type.caption),
    nutuiTagHeight: px(type.caption + 8),
    nutuiTagPadding: `0 ${px(6)}`,
    nutuiTagBorderRadius: px(radius.tag),
    nutuiBadgeHeight: px(mode === 'elder' ? 20 : 16),
    nutuiBadgeFontSize: px(mode === 'elder' ? 14 : 11),
    nutuiBadgeBorderRadius: px(radius.round),
    nutuiGridItemTextFontSize: px(type.secondary),
    nutuiGridItemTextColor: colors.text1,
    nutuiNoticebarHeight: px(mode === 'elder' ? 48 : 40),
    nutuiNoticebarBackground: colors.noticeTint,
    nutuiNoticebarColor: colors.goldText,
    nutuiNoticebarFontSize: px(type.secondary),
    nutuiNoticebarBorderRadius: px(radius.card),
    nutuiProgressColor: colors.primary,
    nutuiProgressBackground: colors.track,
    nutuiProgressHeight: px(mode === 'elder' ? 10 : 8),
    nutuiSearchbarFontSize: px(type.body),
    nutuiSearchbarInputHeight: px(target - 4),
    // No side padding: the search box lines up with the cards under it.
    nutuiSearchbarPadding: `${px(4)} 0`,
    nutuiSearchbarBackground: 'transparent',
    nutuiSearchbarContentBackground: colors.card,
    // Steppers: 32 px (40 in 长辈模式) high, buttons wide enough to hit with a thumb.
    nutuiInputnumberButtonWidth: px(mode === 'elder' ? 44 : 36),
    nutuiInputnumberButtonHeight: px(mode === 'elder' ? 40 : 32),
    nutuiInputnumberInputWidth: px(mode === 'elder' ? 56 : 48),
    nutuiInputnumberInputHeight: px(mode === 'elder' ? 40 : 32),
    nutuiInputnumberInputFontSize: px(type.body),
    nutuiInputnumberInputMargin: px(4),
    nutuiSkeletonBackground: colors.track,
    nutuiEmptyBackgroundColor: 'transparent',
    appColorText1: colors.text1,
    appColorText2: text2,
    appColorText3: text3,
    appColorDisabledText: mode === 'elder' ? colors.text2 : colors.text3,
    appFontSizeCaption: px(type.caption),
    appFontSizeSecondary: px(type.secondary),
    appFontSizeBody: px(type.body),
    appFontSizeSection: px(type.section),
    appFontSizeCardTitle: px(type.cardTitle),
    appFontSizeNumber: px(type.number),
    appFontSizeTitle: px(type.hero),
    appTapTarget: px(target),
  };
}

/**
 * Built once: the page frame hands one of these to the kit's ConfigProvider, which sets them as inline
 * CSS variables (inline px are not converted by the build, so they stay CSS px on both targets).
 */
export const pageThemes: Record<ThemeMode, Record<string, string>> = {
  standard: themeVariables('standard'),
  elder: themeVariables('elder'),
};
