// Stands in, in jsdom, for stylesheets and for the kit's animation player (which needs a canvas at load):
// nothing the tested components render depends on them.
module.exports = {};
