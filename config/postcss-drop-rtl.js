// Drops the component kit's right-to-left rules (`.nut-rtl …`, `[dir=rtl] …`): the app is written in Chinese
// only and never sets either, so those rules are bytes every package downloads for nothing (about 7 KB of
// the mini-program's main package alone).
const RTL = /\.nut-rtl\b|\[dir=["']?rtl["']?\]/;

function dropRtl() {
  return {
    postcssPlugin: 'drop-rtl',
    Rule(rule) {
      if (!RTL.test(rule.selector)) return;
      const kept = rule.selectors.filter((selector) => !RTL.test(selector));
      if (kept.length === 0) rule.remove();
      else rule.selectors = kept;
    },
  };
}
dropRtl.postcss = true;

module.exports = dropRtl;
