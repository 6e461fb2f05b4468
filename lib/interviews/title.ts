/**
 * A relay title such as "私にとって東京マラソンとは…？ 言葉のいらない会話": the question a whole
 * season shares, then the answer that tells the stories apart. Cards set the question apart.
 */
export function titleParts(title: string): { question: string | null; answer: string } {
  const match = /^(.{2,40}?[?？])\s+(\S.*)$/u.exec(title);
  return match ? { question: match[1]!, answer: match[2]! } : { question: null, answer: title };
}
