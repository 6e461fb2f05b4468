/** What a new interview's editor starts from: one interviewer and one interviewee, one exchange. */
export const NEW_INTERVIEW_VALUES = {
  km: "",
  format: "qa",
  participants: JSON.stringify(
    [
      { key: "guest", role: "runner", nameJa: "", nameEn: "" },
    ],
    null,
    2,
  ),
  references: "",
  ja: {
    title: "",
    lead: "",
    blocks: JSON.stringify(
      [
        { type: "heading", text: "" },
        { type: "question", text: "" },
        { type: "answer", speaker: "guest", text: "" },
      ],
      null,
      2,
    ),
  },
  en: { title: "", lead: "", blocks: "[]" },
};
