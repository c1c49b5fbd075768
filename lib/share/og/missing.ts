/** The answer of a preview image whose page does not exist. */
export const missingPreview = () =>
  new Response("No such page.\n没有这个页面。\n", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
