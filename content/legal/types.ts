export type LegalSection = { heading: string; paragraphs: string[] };
export type LegalDocument = { title: string; description: string; sections: LegalSection[] };
