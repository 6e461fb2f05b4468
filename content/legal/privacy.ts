/**
 * Privacy policy of the story campaign. OUR DRAFT, for the organiser's legal review; bump
 * CONSENT_TEXT_VERSIONS.privacy in versions.ts whenever this text changes.
 */
import type { LegalDocument } from "./types";

export const PRIVACY_POLICY: Record<"ja" | "en", LegalDocument> = {
  ja: {
    title: "プライバシーポリシー",
    description: "東京マラソン2027 ストーリー募集キャンペーン「Connected Stories」で、応募者の個人情報をどのように扱うかを説明します。",
    sections: [
      {
        heading: "1. このポリシーについて",
        paragraphs: [
          "一般財団法人東京マラソン財団（以下「主催者」）は、東京マラソン2027 ストーリー募集キャンペーン「Connected Stories」（以下「本キャンペーン」）で応募者からお預かりする個人情報を、このポリシーに従って取り扱います。",
        ],
      },
      {
        heading: "2. お預かりする情報",
        paragraphs: [
          "応募フォームで入力いただく情報：お名前、メールアドレス、ペンネーム、お住まいの国・地域、東京マラソンとのかかわり、物語でつながった相手、タイトル、物語の本文、「わたしの東京マラソンは…」のひと言、km地点、心に残ったインタビューリレーの物語、物語を書いた言語、写真（任意）。",
          "同意の記録：応募資格の確認、応募規約、このポリシー、掲載への同意について、同意した日時と文書の版。",
          "写真は保存前に新たな画像として書き出し、撮影日時・位置情報（GPS）・撮影機器などのデータを削除し、大きさを調整します。",
          "不正な大量送信を防ぐため、送信元のIPアドレスから作った推測できない符号を、1時間単位の回数の記録として一時的に保存します。IPアドレスそのものは保存しません。",
        ],
      },
      {
        heading: "3. 利用の目的",
        paragraphs: [
          "応募の受付と受付確認メールの送信、選考、当選者へのご連絡と賞品の手配、選ばれた物語の本サイトおよび公式SNSでの紹介、不正な応募の防止、お問い合わせへの対応のために利用します。これ以外の目的には利用しません。",
        ],
      },
      {
        heading: "4. 公開される情報と公開されない情報",
        paragraphs: [
          "物語が選ばれ、掲載に同意いただいている場合に限り、ペンネーム、国・地域、かかわり、タイトル、物語の本文、「わたしの東京マラソンは…」のひと言、km地点を公開することがあります。掲載にあたり、誤字の修正や翻訳を行うことがあります。",
          "お名前、メールアドレス、写真の撮影データ、同意の記録は公開しません。写真は、ご本人に確認したうえで掲載する場合を除き、キャンペーンスタッフだけが閲覧します。",
        ],
      },
      {
        heading: "5. 第三者への提供と委託",
        paragraphs: [
          "法令に基づく場合を除き、ご本人の同意なく第三者に提供しません。サイトの運営やメール送信を外部の事業者に委託する場合は、必要な範囲に限り、適切な管理を求めたうえで取り扱わせます。賞品を提供するオフィシャルパートナーには、当選者の同意を得た範囲で、賞品の手配に必要な情報のみをお伝えします。",
        ],
      },
      {
        heading: "6. 保存期間",
        paragraphs: [
          "応募の情報は、当選者発表から1年を経過した時点で消去します。ただし、掲載した物語は掲載を続ける間、掲載に必要な情報のみを保存します。回数制限の記録は1日以内に消去します。",
        ],
      },
      {
        heading: "7. ご本人の権利",
        paragraphs: [
          "ご自身の情報の開示、訂正、利用停止、削除を求めることができます。エントリーのページ（お送りするメールのリンクから開きます）では、エントリー期間中の取り下げ、掲載の許可の取り消し、削除のご依頼ができます。そのほかは、受付番号を添えて事務局までご連絡ください。削除した応募は選考の対象外となります。",
        ],
      },
      {
        heading: "8. ブラウザに保存される情報",
        paragraphs: [
          "本サイトは、表示言語の選択を記憶するためにクッキーを使います。エントリーのページを開いている間（最長30分）は、そのページを開いたままにするためのクッキーも使います。応募フォームの下書きは、お使いの端末のブラウザ内にのみ保存され、送信が完了すると消去されます。主催者が下書きを受け取ることはありません。",
        ],
      },
      {
        heading: "9. お問い合わせと改定",
        paragraphs: [
          "このポリシーに関するお問い合わせは、キャンペーン事務局までお寄せください（連絡先は確定後に掲載します）。このポリシーを改定する場合は、本サイトでお知らせし、改定後の版を表示します。",
        ],
      },
    ],
  },
  en: {
    title: "Privacy policy",
    description: "How the Connected Stories campaign for Tokyo Marathon 2027 handles the personal data of the people who enter.",
    sections: [
      {
        heading: "1. About this policy",
        paragraphs: [
          "The Tokyo Marathon Foundation (\"the organiser\") handles the personal data entrusted to it through Connected Stories, the Tokyo Marathon 2027 story campaign (\"the campaign\"), as this policy describes.",
        ],
      },
      {
        heading: "2. What we keep",
        paragraphs: [
          "What you enter in the form: your name, email address, pen name, country or region, how you take part in the Tokyo Marathon, who your story connects you with, the title, the story, your phrase for \"My Tokyo Marathon is…\", the km mark, the relay story that moved you, the language of your story and, if you add one, a photo.",
          "A record of your consents: for the eligibility confirmation, the terms of entry, this policy and publication, the time you agreed and the version of the text you agreed to.",
          "Before we store a photo we re-encode it, which removes the date, location (GPS), camera and any other embedded data, and we reduce its size.",
          "To stop automated mass submissions we keep, for each hour, a count of entries sent from a connection. It is stored under a code derived from the IP address that cannot be turned back into it; the IP address itself is not stored.",
        ],
      },
      {
        heading: "3. Why we use it",
        paragraphs: [
          "To receive your entry and confirm it by email, to select stories, to contact winners and arrange their prize, to feature selected stories on this site and on the organiser's official social media, to prevent abuse, and to answer your questions. We do not use it for anything else.",
        ],
      },
      {
        heading: "4. What may be published and what never is",
        paragraphs: [
          "Only if your story is selected and you agreed to publication, we may publish your pen name, country or region, how you take part, the title, the story, your \"My Tokyo Marathon is…\" phrase and the km mark. We may correct typing errors and translate the story.",
          "Your name, your email address, the data removed from your photo and the record of your consents are never published. Only campaign staff see your photo, unless we ask you and you agree to its publication.",
        ],
      },
      {
        heading: "5. Sharing and service providers",
        paragraphs: [
          "We do not give your data to anyone else without your consent, unless the law requires it. Where companies run the site or send emails for us, they handle only what they need, under our instructions. The official partners who provide the prize receive only what is needed to arrange it, and only with the winner's consent.",
        ],
      },
      {
        heading: "6. How long we keep it",
        paragraphs: [
          "Entries are erased one year after the winners are announced, except that for published stories we keep what is needed to keep them published. Rate-limit counts are erased within a day.",
        ],
      },
      {
        heading: "7. Your rights",
        paragraphs: [
          "You can ask to see, correct, stop the use of, or erase your data. On the page of your entry (opened from the link in our emails) you can withdraw the entry while its window is open, withdraw permission to publish, and ask for erasure. For anything else, write to the campaign office and quote your reference. An erased entry can no longer be selected.",
        ],
      },
      {
        heading: "8. What your browser keeps",
        paragraphs: [
          "The site uses a cookie to remember the language you chose, and, while the page of your entry is open (at most 30 minutes), a cookie that keeps it open. The draft of your entry is kept only in your own browser and is erased once your entry is received; we never receive it.",
        ],
      },
      {
        heading: "9. Contact and changes",
        paragraphs: [
          "Questions about this policy can be sent to the campaign office (contact details will be published when confirmed). If we change this policy we will say so on this site and show the new version.",
        ],
      },
    ],
  },
};
