/** The site icon: a Party-red square with a gold star, small enough to serve from memory. */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
  '<rect width="32" height="32" rx="6" fill="#c8161d"/>' +
  '<path fill="#ffd700" d="M16 5l3.1 7.6 8.2.6-6.3 5.3 2 8-7-4.4-7 4.4 2-8-6.3-5.3 8.2-.6z"/>' +
  '</svg>';
