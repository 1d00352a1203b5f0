import type { ThemeConfig } from 'antd';
import type { Locale } from '../i18n/resources';

const CJK_FONTS = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC"';
const LATIN_FONTS = '-apple-system, "Segoe UI", "Noto Sans", Roboto, "Helvetica Neue", Arial';

/**
 * Chinese fonts first in Chinese; in English a Latin font first, else punctuation such as “ ” takes the
 * full-width Chinese glyphs and English text looks spaced out. Chinese park names still find a CJK font.
 */
function fontFamily(locale: Locale): string {
  return locale === 'en' ? `${LATIN_FONTS}, ${CJK_FONTS}, sans-serif` : `${CJK_FONTS}, ${LATIN_FONTS}, sans-serif`;
}

/** Tuned for projectors: slightly larger text, a darker blue and stronger borders than antd's defaults. */
const buildTheme = (locale: Locale): ThemeConfig => ({
  token: {
    fontFamily: fontFamily(locale),
    fontSize: 15,
    // Tags and small print are read from across the room too.
    fontSizeSM: 13,
    colorPrimary: '#1a56db',
    colorText: 'rgba(0, 0, 0, 0.9)',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorBorderSecondary: '#e3e6eb',
    borderRadius: 6,
    // The focus ring of inputs and selects, visible from the back of a meeting room.
    controlOutline: 'rgba(26, 86, 219, 0.35)',
    controlOutlineWidth: 3,
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', bodyBg: '#f4f6f9', headerPadding: '0 24px' },
    Menu: { itemHeight: 44, itemSelectedBg: '#e8effd' },
    Table: { headerBg: '#f0f3f8', cellPaddingBlock: 12 },
  },
});

const THEMES: Record<Locale, ThemeConfig> = { 'zh-CN': buildTheme('zh-CN'), en: buildTheme('en') };

/** One object per language, so antd does not recompute its tokens on every render. */
export function themeFor(locale: Locale): ThemeConfig {
  return THEMES[locale];
}
