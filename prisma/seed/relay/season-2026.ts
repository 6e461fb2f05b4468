/**
 * Interview Relay 2026 ~2nd Run~: one-to-one dialogues. Every person here is invented.
 */
import type { SeedSeason } from "./types";

export const season2026: SeedSeason = {
  slug: "2026",
  position: 2,
  format: "dialogue",
  ja: {
    title: "インタビューリレー2026 〜2nd Run〜",
    description:
      "2本目の走りとなる2026年は、立場の違うふたりによる対談です。コーチとランナー、ボランティアと参加者、寄付する人と受け取る人。同じレースを別々の場所から支えてきた人たちが、初めて向き合って語ります。",
  },
  en: {
    title: "Interview Relay 2026 ~2nd Run~",
    description:
      "For its second run in 2026, the relay becomes a series of conversations between two people who see the race from different places: coach and runner, volunteer and participant, donor and recipient. People who have supported the same race from different spots sit down together for the first time.",
  },
  interviews: [
    {
      km: 5,
      format: "dialogue",
      publishedOn: "2025-12-05",
      participants: [
        { key: "a", role: "coach", nameJa: "岡本 由紀", nameEn: "Yuki Okamoto" },
        { key: "b", role: "runner", nameJa: "石田 拓海", nameEn: "Takumi Ishida" },
      ],
      references: ["2025/29"],
      ja: {
        title: "コーチとランナー　「歩いてもいい」から始まった42km",
        lead: "財団のランニングスクールでコーチを務める岡本由紀さんと、スクール生として初マラソンに挑んだ石田拓海さん。練習会で交わしたひと言が、ふたりの距離を縮めました。5km地点のバトンは、教える人と教わる人の対談です。",
        blocks: [
          { type: "heading", text: "最初の練習会で" },
          { type: "question", text: "おふたりが出会ったのは、いつ頃ですか。" },
          {
            type: "answer",
            speaker: "b",
            text: "2年前の春、スクールの初回の練習会です。実は当時、5kmも続けて走れなくて、皇居の周回の途中で歩き出してしまったんです。恥ずかしくて、そのまま帰ろうかと思っていました。",
          },
          {
            type: "answer",
            speaker: "a",
            text: "よく覚えています。後ろから追いついて「歩いてもいいんですよ、止まらなければ」と声をかけました。最初から走り続けられる人のほうが少ないので、歩いてでも戻ってきてくれたことが、私にはうれしかったんです。",
          },
          {
            type: "answer",
            speaker: "b",
            text: "あのひと言で肩の力が抜けました。次の週も行ってみようと思えたのは、あのおかげです。",
          },
          { type: "heading", text: "5km過ぎの「抑えて！」" },
          { type: "question", text: "大会当日、岡本さんはどこにいたのですか。" },
          {
            type: "answer",
            speaker: "a",
            text: "飯田橋のあたりで、スクール生の応援をしていました。5km過ぎはまだみんな元気で、ペースが上がりすぎる人が多い区間です。石田さんが来たとき、思わず「抑えて！」と叫んでしまいました。",
          },
          {
            type: "answer",
            speaker: "b",
            text: "ちゃんと聞こえました（笑）。新宿からの下りで気持ちよくなって、練習より1kmあたり20秒も速く入っていたんです。あの声で我に返って、そこからは最後まで予定どおりのペースで行けました。",
          },
          { type: "heading", text: "次は、声をかける番" },
          { type: "question", text: "2025年のリレーで、心に残っている話はありますか。" },
          {
            type: "answer",
            speaker: "a",
            text: "同じスクールの村瀬コーチが登場した、29kmの話です。「教えているつもりで、教わっている」という言葉に、私もまったく同じだとうなずきました。今日こうして話していて、それをまた実感しています。",
          },
          {
            type: "answer",
            speaker: "b",
            text: "今度は僕が、練習会で歩いている誰かに声をかける番だと思っています。それが、このバトンの渡し方なのかなと。",
          },
        ],
      },
      en: {
        title: "Coach and runner: 42 km that began with “It's fine to walk”",
        lead: "Yuki Okamoto coaches at the Foundation's running school; Takumi Ishida joined it to prepare for his first marathon. One sentence at a training session brought them closer. The baton at 5 km goes to a teacher and her student.",
        blocks: [
          { type: "heading", text: "The first session" },
          { type: "question", text: "When did you two first meet?" },
          {
            type: "answer",
            speaker: "b",
            text: "At the school's very first session, two springs ago. Back then I couldn't even run 5 km without stopping, and I started walking halfway round the Imperial Palace loop. I was so embarrassed I was ready to go home.",
          },
          {
            type: "answer",
            speaker: "a",
            text: "I remember it well. I caught up with him and said, “It's fine to walk, as long as you don't stop.” Very few people can keep running from day one, so I was just glad he came back round, walking or not.",
          },
          {
            type: "answer",
            speaker: "b",
            text: "That took the weight off my shoulders. It's the reason I went back the following week.",
          },
          { type: "heading", text: "“Hold back!” just past 5 km" },
          { type: "question", text: "Where were you on race day, Ms Okamoto?" },
          {
            type: "answer",
            speaker: "a",
            text: "Around Iidabashi, cheering on our students. Just past 5 km everyone still feels fresh, and a lot of people go out too fast there. When Takumi came past, I couldn't help shouting, “Hold back!”",
          },
          {
            type: "answer",
            speaker: "b",
            text: "I heard you, loud and clear! I'd got carried away on the downhill out of Shinjuku and was running twenty seconds per kilometre faster than in training. Your voice snapped me out of it, and from then on I stuck to my plan all the way.",
          },
          { type: "heading", text: "My turn to say something" },
          { type: "question", text: "Is there a story from the 2025 relay that stayed with you?" },
          {
            type: "answer",
            speaker: "a",
            text: "The story at 29 km, with Coach Murase from our school. He said he thinks he's the one teaching but is really the one learning, and I nodded along, because it's exactly the same for me. Talking with Takumi today, I feel it all over again.",
          },
          {
            type: "answer",
            speaker: "b",
            text: "I think it's my turn now to say something to whoever is walking at a training session. Maybe that's how this baton gets passed on.",
          },
        ],
      },
    },
    {
      km: 10,
      format: "dialogue",
      publishedOn: "2025-12-26",
      participants: [
        { key: "a", role: "volunteer", nameJa: "中村 さくら", nameEn: "Sakura Nakamura" },
        { key: "b", role: "runner", nameJa: "マルコ・ベッリーニ", nameEn: "Marco Bellini" },
      ],
      references: [],
      ja: {
        title: "ボランティアとランナー　紙コップ一杯分の約束",
        lead: "給水所でボランティアをしていた大学生の中村さくらさんと、イタリア・ミラノから走りに来たマルコ・ベッリーニさん。言葉が通じないまま交わした約束が、1年後の再会につながりました。",
        blocks: [
          { type: "heading", text: "言葉より先に" },
          { type: "question", text: "出会いのきっかけを教えてください。" },
          {
            type: "answer",
            speaker: "b",
            text: "10km手前の給水所で、手袋を片方落としてしまったんです。拾おうと振り返ったら、彼女が走って追いかけてきて、手袋と一緒に水を渡してくれました。寒い朝だったので、本当に助かりました。",
          },
          {
            type: "answer",
            speaker: "a",
            text: "とっさに英語が出てこなくて、日本語で「がんばって！」と言うのが精一杯でした。するとマルコさんが自分を指さして、次に私を指さして、「ネクスト・イヤー」って。何の約束なのか、そのときはよくわかりませんでした。",
          },
          {
            type: "answer",
            speaker: "b",
            text: "来年もまた走るから、またここにいてほしい、という意味でした。ゴールしたあと、大会の公式SNSに「10kmの給水所にいた学生ボランティアの方へ」とコメントを残したんです。",
          },
          {
            type: "answer",
            speaker: "a",
            text: "それを友達が見つけて、「これ、さくらのことじゃない？」と教えてくれました。読んだ瞬間、あの「ネクスト・イヤー」の意味がやっとわかったんです。",
          },
          { type: "heading", text: "1年後の給水所" },
          { type: "question", text: "翌年、約束は果たせましたか。" },
          {
            type: "answer",
            speaker: "a",
            text: "はい、同じ給水所を希望しました。ゼッケンを一人ずつ確かめるわけにもいかないので、ずっとイタリア国旗の色のウェアを探していました。",
          },
          {
            type: "answer",
            speaker: "b",
            text: "僕は今度こそ、手袋を両手にしっかりはめて行きました（笑）。彼女を見つけた瞬間、立ち止まって写真を撮りたかったけれど、我慢してハイタッチだけにしました。タイムは前の年より4分遅かったですが、いちばんうれしいレースになりました。",
          },
          { type: "heading", text: "給水所から見える景色" },
          { type: "question", text: "それぞれの立場から見て、東京マラソンの魅力は何でしょう。" },
          {
            type: "answer",
            speaker: "a",
            text: "何万人ものランナーが目の前を通り過ぎるのに、一人ひとりの顔がちゃんと見えることです。紙コップ一杯分しか関われなくても、その一杯がどこかで誰かの支えになっていると思えます。",
          },
          {
            type: "answer",
            speaker: "b",
            text: "走る側からすると、沿道とボランティアの声がずっと途切れないことです。ミラノでも、あんなに長いあいだ誰かに応援され続けたことはありません。",
          },
        ],
      },
      en: {
        title: "Volunteer and runner: a promise the size of a paper cup",
        lead: "Sakura Nakamura, a university student, was volunteering at a water station; Marco Bellini had come from Milan to run. A promise made without a shared language led to a reunion a year later.",
        blocks: [
          { type: "heading", text: "Before words" },
          { type: "question", text: "How did you two meet?" },
          {
            type: "answer",
            speaker: "b",
            text: "Just before 10 km, I dropped one of my gloves at the water station. As I turned to pick it up, she came running after me and handed me the glove together with a cup of water. It was a cold morning, so it really saved me.",
          },
          {
            type: "answer",
            speaker: "a",
            text: "I couldn't find any English in the moment, so all I managed was “Ganbatte!” in Japanese. Then Marco pointed at himself, pointed at me, and said, “Next year.” At the time I had no idea what he was promising.",
          },
          {
            type: "answer",
            speaker: "b",
            text: "I meant that I'd be back to run next year, and I hoped she'd be there again. After I finished, I left a comment on the race's official social media: “To the student volunteer at the 10 km water station.”",
          },
          {
            type: "answer",
            speaker: "a",
            text: "A friend found it and asked me, “Isn't this about you?” The moment I read it, I finally understood what “Next year” had meant.",
          },
          { type: "heading", text: "The water station, a year later" },
          { type: "question", text: "Did you keep your promise the following year?" },
          {
            type: "answer",
            speaker: "a",
            text: "Yes, I asked for the same water station. I couldn't check every bib, so I spent the whole morning looking out for the colours of the Italian flag.",
          },
          {
            type: "answer",
            speaker: "b",
            text: "This time I wore both gloves, and I kept them on! The moment I spotted her I wanted to stop for a photo, but I settled for a high five. I was four minutes slower than the year before, but it turned out to be my happiest race.",
          },
          { type: "heading", text: "The view from a water station" },
          {
            type: "question",
            text: "From where each of you stands, what makes the Tokyo Marathon special?",
          },
          {
            type: "answer",
            speaker: "a",
            text: "Tens of thousands of runners go by, and yet you really see each face. My part is only the size of one paper cup, but I believe that cup keeps someone going somewhere down the course.",
          },
          {
            type: "answer",
            speaker: "b",
            text: "From the runner's side, it's that the voices of the crowd and the volunteers never stop. Not even in Milan have I been cheered on for that long.",
          },
        ],
      },
    },
    {
      km: 19,
      format: "dialogue",
      publishedOn: "2026-01-16",
      participants: [
        { key: "a", role: "charity", nameJa: "平田 浩一", nameEn: "Koichi Hirata" },
        { key: "b", role: "other", nameJa: "川口 麻衣", nameEn: "Mai Kawaguchi" },
      ],
      references: ["2025/21"],
      ja: {
        title: "寄付する人と受け取る人　顔の見える寄付",
        lead: "町工場を営みながら、大会のチャリティを通じて毎年寄付を続けてきた平田浩一さん。その寄付を受けて、障がいのある子どもたちの運動教室を開いているNPOの川口麻衣さん。寄付の「その先」について、ふたりが初めて直接語り合いました。",
        blocks: [
          { type: "heading", text: "きっかけは一枚のチラシ" },
          { type: "question", text: "平田さんが寄付を始めたきっかけは何ですか。" },
          {
            type: "answer",
            speaker: "a",
            text: "工場の近くを走る社員を応援しに行ったとき、チャリティの案内を受け取ったんです。自分はもう走れないけれど、走る人の背中を押すことならできる、と思いました。それから、もう8年になります。",
          },
          {
            type: "answer",
            speaker: "b",
            text: "8年間、毎年ですよね。私たちの教室も、ちょうど同じ頃に始まったんです。正直に言うと、どんな方が支えてくださっているのか、今日まで知りませんでした。",
          },
          { type: "heading", text: "寄付のその先" },
          { type: "question", text: "寄付は、実際にどんな形になっているのでしょう。" },
          {
            type: "answer",
            speaker: "b",
            text: "いちばん大きいのは、指導者を増やせたことです。一人ひとりに付き添える人がいれば、走るのが怖かった子も一歩を踏み出せます。去年は、教室の男の子が初めて、公園の1kmコースを家族と一緒に走り切りました。",
          },
          {
            type: "answer",
            speaker: "a",
            text: "その話を聞けただけで、今日来た甲斐がありました。数字の並んだ報告書では、わからないことですから。",
          },
          {
            type: "photo",
            src: "/relay/2026-19.svg",
            alt: "大人用と子ども用、大小ふた組のランニングシューズが並んでいるイラスト",
            caption: "教室で使うシューズも、寄付で揃えたもののひとつです。",
          },
          { type: "heading", text: "受け取っていたのは、どちらか" },
          { type: "question", text: "2025年のリレーで、印象に残っている話はありますか。" },
          {
            type: "answer",
            speaker: "b",
            text: "21kmのチャリティランナー、井上千夏さんの話です。寄付を集めることは「お願いすること」だと思っていたけれど、本当は「つながりを手渡すこと」だった、という言葉に救われました。私たちも、いただくばかりで申し訳ないと感じることがあったので。",
          },
          {
            type: "answer",
            speaker: "a",
            text: "いただくばかりなんてことはありませんよ。今日こうして話を聞かせてもらって、受け取ったのは私のほうです。",
          },
        ],
      },
      en: {
        title: "Donor and recipient: giving with a face",
        lead: "Koichi Hirata runs a small machine shop and has given through the race's charity programme every year. Mai Kawaguchi works for a non-profit that uses those donations to run exercise classes for children with disabilities. For the first time, the two of them talk face to face about what happens after a donation.",
        blocks: [
          { type: "heading", text: "It started with a leaflet" },
          { type: "question", text: "Mr Hirata, what first made you donate?" },
          {
            type: "answer",
            speaker: "a",
            text: "I went out to cheer on one of my staff, who was running past near our workshop, and someone handed me a leaflet about the charity. I can't run any more myself, but I thought I could at least give the runners a push. That was eight years ago.",
          },
          {
            type: "answer",
            speaker: "b",
            text: "Every year for eight years. Our classes started at almost exactly the same time. To be honest, until today I had no idea who was behind them.",
          },
          { type: "heading", text: "Where the money goes" },
          { type: "question", text: "What does the money actually turn into?" },
          {
            type: "answer",
            speaker: "b",
            text: "The biggest thing is that we've been able to bring in more instructors. When there's someone beside each child, even a child who was afraid of running can take that first step. Last year, one of the boys in our class ran the whole 1 km loop in the park with his family for the first time.",
          },
          {
            type: "answer",
            speaker: "a",
            text: "Hearing that alone makes today worth it. It's not something you can read in a report full of numbers.",
          },
          {
            type: "photo",
            src: "/relay/2026-19.svg",
            alt: "Illustration of two pairs of running shoes side by side, one adult-sized and one child-sized",
            caption: "The shoes used in the classes are among the things bought with donations.",
          },
          { type: "heading", text: "Who was really receiving?" },
          { type: "question", text: "Is there a story from the 2025 relay that stayed with you?" },
          {
            type: "answer",
            speaker: "b",
            text: "The charity runner at 21 km, Chinatsu Inoue. She said she used to think fundraising meant asking people for favours, but it turned out to be about handing on connections. That meant a lot to me, because we sometimes feel bad that we only ever receive.",
          },
          {
            type: "answer",
            speaker: "a",
            text: "You don't only receive, not at all. Listening to you today, I'm the one who's been given something.",
          },
        ],
      },
    },
    {
      km: 30,
      format: "dialogue",
      publishedOn: "2026-02-06",
      participants: [
        { key: "a", role: "spectator", nameJa: "吉田 誠", nameEn: "Makoto Yoshida" },
        { key: "b", role: "runner", nameJa: "吉田 ひかり", nameEn: "Hikari Yoshida" },
      ],
      references: [],
      ja: {
        title: "父と娘　「30kmの壁」に立つ人",
        lead: "「30kmの壁」と呼ばれる地点に、毎年同じ手書きのボードを持って立つ父・吉田誠さん。その前を3回走り抜けてきた娘のひかりさん。家ではあまり話さないというふたりが、応援の裏側を初めて語り合います。",
        blocks: [
          { type: "heading", text: "同じボードで、3回目" },
          { type: "question", text: "なぜ30km地点で応援しているのですか。" },
          {
            type: "answer",
            speaker: "a",
            text: "娘にいちばん苦しいのはどこかと聞いたら、30kmだと言うので。スタートやゴールは人が多くて見つけられませんが、あそこなら落ち着いて待てます。ボードは、最初の年に段ボールで作ったものをずっと使っています。",
          },
          {
            type: "answer",
            speaker: "b",
            text: "ボードには「ひかり、あと12km。いつもの河川敷2往復分」って書いてあるんです。高校生の頃、父と一緒に走っていたコースです。あれを見ると急に家の近くを走っているような気持ちになって、足が前に出ます。",
          },
          { type: "heading", text: "言えなかった「ありがとう」" },
          { type: "question", text: "走る側と応援する側、それぞれの気持ちを教えてください。" },
          {
            type: "answer",
            speaker: "a",
            text: "待っている時間のほうが、走るよりずっと長いんです。アプリで娘の通過タイムを見ながら、予定より遅れていると心配で落ち着きません。目の前を通るのはほんの数秒ですが、その数秒のために行っています。",
          },
          {
            type: "answer",
            speaker: "b",
            text: "2回目のとき、30kmで脚がつって、父の前で歩いてしまったんです。情けなくて目を合わせられなかったけれど、父は何も言わずに、ボードを高く上げてくれました。あのとき「ありがとう」と言えなかったのが、ずっと心残りでした。",
          },
          {
            type: "answer",
            speaker: "a",
            text: "言わなくても、ちゃんとわかっていたよ。ゴールしたあとの電話の声でね。",
          },
          { type: "heading", text: "20回目の大会へ" },
          { type: "question", text: "次の大会に向けて、お互いに伝えたいことはありますか。" },
          {
            type: "answer",
            speaker: "b",
            text: "ありがとう。来年も、あの場所にいてください。ボードは、そろそろ新しくしてもいいと思うけど（笑）。",
          },
          {
            type: "answer",
            speaker: "a",
            text: "いや、あれはまだまだ使えるよ。あと何回あの前を走ってくれるのか、楽しみにしているからね。",
          },
        ],
      },
      en: {
        title: "Father and daughter: the man who stands at the 30 km wall",
        lead: "Every year, Makoto Yoshida stands at the point runners call “the 30 km wall”, holding the same handwritten board. His daughter Hikari has run past it three times. They say they don't talk much at home; here, for the first time, they talk about what goes into the cheering.",
        blocks: [
          { type: "heading", text: "The same board, third time round" },
          { type: "question", text: "Why do you cheer at 30 km?" },
          {
            type: "answer",
            speaker: "a",
            text: "I asked my daughter where it hurts most, and she said 30 km. At the start and the finish there are too many people to find her, but there I can wait calmly. I'm still using the cardboard board I made the first year.",
          },
          {
            type: "answer",
            speaker: "b",
            text: "It says, “Hikari, 12 km to go. Just two laps of the riverbank.” That's the route Dad and I used to run together when I was in high school. When I see it, it suddenly feels like I'm running near home, and my legs start moving again.",
          },
          { type: "heading", text: "The thank-you I never said" },
          { type: "question", text: "How does it feel, running and cheering?" },
          {
            type: "answer",
            speaker: "a",
            text: "The waiting takes far longer than the running. I follow her split times on the app, and if she's behind schedule I can't keep still. She goes past in a few seconds, but those few seconds are what I'm there for.",
          },
          {
            type: "answer",
            speaker: "b",
            text: "The second time, I got cramp at 30 km and ended up walking right in front of him. I was so ashamed I couldn't look at him, but he didn't say a word; he just held the board up higher. I never said thank you for that, and it's stayed with me ever since.",
          },
          {
            type: "answer",
            speaker: "a",
            text: "I knew without you saying it. I could hear it in your voice when you called after the finish.",
          },
          { type: "heading", text: "Towards the 20th race" },
          { type: "question", text: "Anything you'd like to say to each other before the next race?" },
          {
            type: "answer",
            speaker: "b",
            text: "Thank you. Please be in the same spot next year. Though maybe it's time for a new board!",
          },
          {
            type: "answer",
            speaker: "a",
            text: "No, that one's got plenty of life left in it. I'm looking forward to seeing how many more times you run past it.",
          },
        ],
      },
    },
    {
      km: 40,
      format: "dialogue",
      publishedOn: "2026-02-20",
      participants: [
        { key: "a", role: "runner", nameJa: "青木 修", nameEn: "Osamu Aoki" },
        { key: "b", role: "staff", nameJa: "坂本 理沙", nameEn: "Risa Sakamoto" },
      ],
      references: ["2025/42"],
      ja: {
        title: "ランナーと大会スタッフ　16回分の「おかえりなさい」",
        lead: "第1回大会から数えて16回、東京マラソンを完走してきた青木修さん。フィニッシュ地点の運営を担当する財団職員の坂本理沙さん。ゴールまで残り2.195kmの40km地点を舞台に、走る人と迎える人が語り合いました。",
        blocks: [
          { type: "heading", text: "第1回の冷たい雨" },
          { type: "question", text: "青木さんが初めて走ったのは、第1回大会だそうですね。" },
          {
            type: "answer",
            speaker: "a",
            text: "冷たい雨の日でした。40kmを過ぎたあたりで手の感覚がなくなって、ゴールしたあと、ゼッケンの安全ピンも自分で外せなかった。そこで若いスタッフの方が外してくれて、「おかえりなさい」と言ってくれたんです。",
          },
          {
            type: "answer",
            speaker: "b",
            text: "第1回の雨の話は、職場の先輩たちからよく聞きます。私たちのチームでは今も、フィニッシュで「おつかれさまでした」と同じくらい、「おかえりなさい」を大事にしているんです。",
          },
          {
            type: "answer",
            speaker: "a",
            text: "毎年、そのひと言を聞くために走っているようなものです。42kmのうち、最後の2kmは家に帰る道なんですよ。",
          },
          { type: "heading", text: "迎える側の準備" },
          { type: "question", text: "坂本さんは、大会当日どんな仕事をしているのですか。" },
          {
            type: "answer",
            speaker: "b",
            text: "フィニッシュ後の動線を担当しています。メダルやタオルを渡す場所から給水、手荷物の受け取りまで、ランナーが立ち止まらずに進めるよう、何度も図面を引き直します。朝4時に現場に入って、最後のランナーを見送るまで、ほとんど座りません。",
          },
          {
            type: "answer",
            speaker: "a",
            text: "走っているこちらからは、そういう準備はまったく見えません。見えないことこそ、きっといちばんいい仕事なんでしょうね。",
          },
          { type: "heading", text: "40kmの先へ" },
          { type: "question", text: "2025年のリレーから、心に残った話をひとつ挙げるとしたら。" },
          {
            type: "answer",
            speaker: "b",
            text: "42kmのリアム・カーターさんの話です。フィニッシュの先で待っていた人がいた、という場面は、私たちが毎年見ている景色そのものでした。",
          },
          {
            type: "answer",
            speaker: "a",
            text: "私はこれからも、走れるかぎり40kmの先の「おかえりなさい」を聞きに来ます。20回目の大会も、その次も。",
          },
        ],
      },
      en: {
        title: "Runner and race staff: sixteen “welcome backs”",
        lead: "Osamu Aoki has finished the Tokyo Marathon sixteen times, going back to the very first race. Risa Sakamoto works for the Foundation, running the finish area. With 40 km as their backdrop, 2.195 km from the end, the one who runs and the one who welcomes runners home sit down together.",
        blocks: [
          { type: "heading", text: "Cold rain at the first race" },
          { type: "question", text: "Mr Aoki, your first marathon here was the very first race, wasn't it?" },
          {
            type: "answer",
            speaker: "a",
            text: "It was a day of cold rain. Somewhere past 40 km I lost the feeling in my hands, and after the finish I couldn't even undo the safety pins on my bib. A young member of staff undid them for me and said, “Welcome back.”",
          },
          {
            type: "answer",
            speaker: "b",
            text: "I often hear about that rainy first race from senior colleagues. In our team, even now, “welcome back” matters to us at the finish as much as “well done”.",
          },
          {
            type: "answer",
            speaker: "a",
            text: "I more or less run every year just to hear those words. Of the 42 km, the last two are the road home.",
          },
          { type: "heading", text: "Getting ready to welcome" },
          { type: "question", text: "Ms Sakamoto, what is your job on race day?" },
          {
            type: "answer",
            speaker: "b",
            text: "I'm in charge of how runners move through the area after the finish line. From where medals and towels are handed out to water and bag collection, I redraw the plans again and again so runners can keep moving without getting stuck. I'm on site from 4 a.m. and hardly sit down until the last runner has gone.",
          },
          {
            type: "answer",
            speaker: "a",
            text: "From where I'm running, you never see any of that preparation. I suppose going unseen is the sign of a job done well.",
          },
          { type: "heading", text: "Beyond 40 km" },
          { type: "question", text: "If you had to pick one story from the 2025 relay?" },
          {
            type: "answer",
            speaker: "b",
            text: "Liam Carter's story at 42 km. The moment when people were waiting for him past the finish is exactly what we see every year.",
          },
          {
            type: "answer",
            speaker: "a",
            text: "As long as I can run, I'll keep coming back for that “welcome back” beyond 40 km. For the 20th race, and the one after that.",
          },
        ],
      },
    },
  ],
};
