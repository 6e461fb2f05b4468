/**
 * Terms of entry of the story campaign. OUR DRAFT, for the organiser's legal review; bump
 * CONSENT_TEXT_VERSIONS.terms (and .eligibility when section 2 changes) in versions.ts whenever
 * this text changes.
 */
import type { LegalDocument } from "./types";

export const TERMS_OF_ENTRY: Record<"ja" | "en", LegalDocument> = {
  ja: {
    title: "応募規約",
    description: "東京マラソン2027 ストーリー募集キャンペーン「Connected Stories」への応募の条件です。",
    sections: [
      {
        heading: "1. 主催と賞品",
        paragraphs: [
          "本キャンペーンは一般財団法人東京マラソン財団（以下「主催者」）が主催します。賞品は東京マラソン2027 マラソン部門の出走権で、オフィシャルパートナー各社から提供されます。当選者数、参加料の扱いなどの詳細は、当選者にご案内します。賞品の譲渡や換金はできません。",
        ],
      },
      {
        heading: "2. 応募資格",
        paragraphs: [
          "どなたでも、国や地域を問わず応募できます。ただし出走権を受け取るには、東京マラソン2027 マラソン部門の参加資格（大会当日の年齢など、大会要項に定めるもの）を満たしている必要があります。",
          "18歳未満の方は、保護者の同意を得たうえで応募してください。主催者および本キャンペーンの運営に携わる方は応募できません。",
        ],
      },
      {
        heading: "3. 応募の方法と期間",
        paragraphs: [
          "本サイトの応募フォームから、エントリー期間中（日本時間）にご応募ください。期間外の応募は受け付けません。",
          "物語は1つのエントリー期間につき、1つのメールアドレスから1つまでです。第1回と第2回の両方に応募することはできます。",
          "物語は日本語または英語で、200文字以上4,000文字以内でお書きください。",
        ],
      },
      {
        heading: "4. 物語の内容",
        paragraphs: [
          "ご自身の体験にもとづく、未発表のオリジナルの物語に限ります。他人の著作物を無断で使ったり、他人の名誉やプライバシーを傷つけたりする内容は応募できません。",
          "物語に登場する方が特定される場合は、その方の了解を得てください。写真に写っている方についても同様です。",
          "法令や公序良俗に反する内容、営利目的の宣伝、その他主催者が不適切と判断した応募は、選考の対象外とすることがあります。",
        ],
      },
      {
        heading: "5. 選考と発表",
        paragraphs: [
          "キャンペーンスタッフが、つながりの伝わり方、独自性、物語としての魅力を中心に選考します。選考の経過や理由についてのお問い合わせにはお答えできません。",
          "当選者は4月中旬ごろ本サイトで発表し（ペンネームで掲載します）、応募時のメールアドレスにご連絡します。期限までにご返信がない場合は、当選を取り消すことがあります。",
        ],
      },
      {
        heading: "6. 物語の掲載",
        paragraphs: [
          "掲載に同意いただいた物語は、選ばれた場合、ペンネームで本サイトおよび主催者の公式SNSに掲載することがあります。掲載にあたり、誤字の修正、長さの調整、翻訳を行うことがあります。著作権は応募者に残り、主催者は本キャンペーンとその告知のために無償で利用できるものとします。",
        ],
      },
      {
        heading: "7. その他",
        paragraphs: [
          "応募にかかる通信費などは応募者の負担となります。やむを得ない事情により、本キャンペーンの内容や日程を変更または中止することがあります。",
          "本規約は日本法に準拠します。日本語版と英語版に違いがある場合は日本語版が優先します。",
        ],
      },
    ],
  },
  en: {
    title: "Terms of entry",
    description: "The conditions for entering Connected Stories, the Tokyo Marathon 2027 story campaign.",
    sections: [
      {
        heading: "1. Organiser and prize",
        paragraphs: [
          "The campaign is organised by the Tokyo Marathon Foundation (\"the organiser\"). The prize is an entry to run the marathon of Tokyo Marathon 2027, provided by its official partners. The number of winners, the entry fee and other details are given to the winners. The prize cannot be transferred or exchanged for money.",
        ],
      },
      {
        heading: "2. Who can enter",
        paragraphs: [
          "Anyone can enter, from any country or region. To receive the prize, however, a winner must meet the conditions for running the Tokyo Marathon 2027 marathon set out in its official rules (including the minimum age on race day).",
          "If you are under 18, enter with the consent of a parent or guardian. People who work for the organiser or on this campaign cannot enter.",
        ],
      },
      {
        heading: "3. How and when to enter",
        paragraphs: [
          "Enter through the form on this site during an entry window (Japan time). Entries outside the windows are not accepted.",
          "One story per email address per entry window. You may enter both the first and the second window.",
          "Write your story in Japanese or English, between 200 and 4,000 characters long.",
        ],
      },
      {
        heading: "4. Your story",
        paragraphs: [
          "Your story must be your own experience, original and not published before. It must not use other people's work without permission or harm anyone's reputation or privacy.",
          "If people in your story or in your photo can be identified, ask for their permission first.",
          "Entries that break the law or public decency, advertise a business, or that the organiser otherwise finds inappropriate may be excluded.",
        ],
      },
      {
        heading: "5. Selection and announcement",
        paragraphs: [
          "Campaign staff select stories mainly for how they convey a connection, their originality and their storytelling. We cannot answer questions about the selection.",
          "The winners will be announced on this site around mid-April (by pen name) and contacted at the email address they entered with. A prize may be withdrawn if a winner does not reply in time.",
        ],
      },
      {
        heading: "6. Publishing your story",
        paragraphs: [
          "If you agreed to publication and your story is selected, it may be published under your pen name on this site and on the organiser's official social media. We may correct typing errors, shorten it and translate it. You keep the copyright; you allow the organiser to use the story free of charge for this campaign and its promotion.",
        ],
      },
      {
        heading: "7. Other terms",
        paragraphs: [
          "Any cost of entering, such as data charges, is yours. The organiser may change or cancel the campaign or its schedule for reasons beyond its control.",
          "These terms are governed by Japanese law. If the Japanese and English versions differ, the Japanese version prevails.",
        ],
      },
    ],
  },
};
