import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Phrases } from "@/components/ui/phrases";

const render = (text: string) => renderToStaticMarkup(createElement(Phrases, null, text));
const textOf = (html: string) => html.replace(/<[^>]+>/g, "");

describe("headings broken between phrases", () => {
  it("marks the phrase boundaries of Japanese text with <wbr> and keeps its text as it was", () => {
    const html = render("私にとって東京マラソンとは人生の句読点です");
    expect(html).toMatch(/^<span class="phrases">.*<\/span>$/);
    expect(html.split("<wbr/>")).toEqual(["<span class=\"phrases\">私に", "とって", "東京マラソンとは", "人生の", "句読点です</span>"]);
    expect(textOf(html)).toBe("私にとって東京マラソンとは人生の句読点です");
  });

  it("leaves text without Japanese alone", () => {
    expect(render("My Tokyo Marathon is a homecoming")).toBe("My Tokyo Marathon is a homecoming");
  });
});
