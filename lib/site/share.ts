/** Share links for one page; `url` must be the page's canonical URL. */
export function shareLinks(url: string, text: string): { x: string; facebook: string; line: string } {
  return {
    x: `https://x.com/intent/post?${new URLSearchParams({ text, url })}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?${new URLSearchParams({ u: url })}`,
    line: `https://social-plugins.line.me/lineit/share?${new URLSearchParams({ url })}`,
  };
}
