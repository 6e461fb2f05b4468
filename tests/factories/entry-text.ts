/**
 * Sample entry text in Japanese and English, assembled from invented fragments. Every person is
 * invented. The place and object pools are large enough that searching for one of them finds a
 * few percent of the entries, as a real search would, not all of them.
 */
import type { Random } from "./random";

const JA = {
  surnames: ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "松本", "井上", "木村", "清水", "森", "池田", "橋本", "石川"],
  givenNames: ["美咲", "大輔", "陽菜", "健太", "さくら", "翔", "由美", "誠", "葵", "拓也", "真由美", "浩二", "結衣", "隆", "千尋", "悠斗", "恵子", "亮", "彩", "光"],
  penPrefixes: ["浅草の", "月島の", "多摩川の", "週末", "はじめての", "雨の日の", "朝練", "下町の", "走る", "沿道の", "ゆっくり", "三度目の", "門前仲町の", "還暦", "銀座の", "港区の"],
  penNouns: ["ランナー", "カメ", "応援団長", "給水係", "おばあちゃん", "パパ", "看護師", "先生", "大学生", "ねこ", "伴走者", "ボランティア", "パン屋", "消防士", "ピアノ弾き"],
  places: ["新宿の都庁前", "飯田橋", "神田", "日本橋", "浅草の雷門", "両国", "門前仲町", "銀座", "田町", "品川", "芝公園", "東京タワーの下", "豊洲", "有明", "東京駅前", "水天宮", "蔵前", "清澄白河", "高輪ゲートウェイ", "増上寺"],
  people: ["母", "父", "娘", "息子", "祖父", "祖母", "妻", "夫", "親友", "職場の先輩", "見知らぬランナー", "ボランティアの高校生", "ランニングスクールのコーチ", "視覚障がいのある伴走パートナー", "チャリティで支援している子どもたち", "台湾から来たランナー", "昔の同級生", "隣に住むおじいさん"],
  things: ["給水の紙コップ", "手作りのプラカード", "バナナ", "塩あめ", "ハイタッチ", "名前を呼ぶ声援", "オレンジ色のタオル", "太鼓の音", "応援うちわ", "ゴール後のアルミシート", "完走メダル", "手書きの寄せ書き", "ゼッケンの裏のメッセージ", "雨がっぱ", "冷たいスポンジ"],
  weather: ["冷たい雨の降る朝", "よく晴れた寒い朝", "風の強い日", "小雪の舞うスタート", "春のような陽気の日"],
  years: ["2011", "2013", "2015", "2017", "2019", "2023", "2024", "2025", "2026"],
  openings: [
    "私が東京マラソンを初めて走ったのは{year}年のことです。",
    "あの日は{weather}でした。",
    "ボランティアとして{place}の給水所に立ったのは{year}年でした。",
    "沿道で応援するようになって、もう十年近くになります。",
    "{person}に誘われて、四十歳を過ぎてから走り始めました。",
    "チャリティランナーとして走ると決めたのは、{person}の言葉がきっかけでした。",
  ],
  middles: [
    "{km}km地点、{place}の近くで足が止まりかけたとき、{person}の声が聞こえました。",
    "沿道で差し出された{thing}が、あの日の私を支えてくれました。",
    "{place}を過ぎたあたりで、{person}と並んで走る時間がありました。言葉はほとんど交わしませんでしたが、不思議と心強かったのを覚えています。",
    "練習の帰りにはいつも{place}に寄り、{person}に一週間の報告をしていました。",
    "給水所で{thing}を受け取るたびに、「ありがとう」と声に出すようにしていました。",
    "ゴールの手前で振り返ると、{person}が泣きながら手を振っていました。",
    "翌年、今度は私がボランティアとして{place}に立ち、同じように声をかける側になりました。",
    "大会の前の晩、{person}から届いた短いメッセージを何度も読み返しました。",
    "途中で{thing}をくれた方の笑顔は、今もはっきり思い出せます。",
    "{km}kmの表示を見たとき、ここまで来られたのは一人の力ではないと気づきました。",
    "走り終えたあと、{person}と{place}で食べたもんじゃ焼きの味は忘れられません。",
    "名前も知らないその方に、いつか直接お礼を伝えたいと思っています。",
  ],
  closings: [
    "東京マラソンは、私にとって人と人とが手をつなぐ場所です。",
    "あの日受け取ったバトンを、今度は誰かに渡したいと思っています。",
    "第20回の大会も、沿道から、そしてコースの上から、このつながりを見届けたいです。",
    "42.195kmのどこかで、また誰かと出会えることを楽しみにしています。",
    "走る人も支える人も、みんなで一つの物語をつくっているのだと思います。",
  ],
  titles: [
    "{place}で受け取ったバトン",
    "{km}km地点の{thing}",
    "{person}と走った42.195km",
    "あの日の「ありがとう」",
    "{place}の給水所から",
    "十年越しのゴール",
    "沿道から届いた声",
  ],
  myTokyoMarathonIs: ["一年に一度の同窓会", "街じゅうが応援団になる日", "人生の給水所", "家族の記念日", "つながりのリレー", "春を呼ぶお祭り", "もう一つのふるさと", "背中を押してくれる場所"],
};

const EN = {
  firstNames: ["Emma", "Liam", "Olivia", "Noah", "Mei", "Lucas", "Chloe", "Ethan", "Sofia", "Daniel", "Priya", "James", "Hannah", "Marco", "Aisha", "Tom", "Grace", "Kenji", "Isla", "Mateo"],
  lastNames: ["Smith", "Brown", "Wilson", "Taylor", "Chen", "Garcia", "Martin", "Lee", "Walker", "Hughes", "Nguyen", "Rossi", "Patel", "Murphy", "Schmidt", "Dubois"],
  penPrefixes: ["Rainy Day", "Slow and Steady", "Midnight", "Weekend", "First-Time", "Sunrise", "Harbour", "Sixty-Something", "Big City", "Happy"],
  penNouns: ["Runner", "Pacer", "Cheerleader", "Volunteer", "Guide", "Grandpa", "Nurse", "Teacher", "Tortoise", "Baker"],
  places: ["the Metropolitan Government Building", "Iidabashi", "Kanda", "Nihonbashi", "the Kaminarimon gate in Asakusa", "Ryogoku", "Monzen-Nakacho", "Ginza", "Tamachi", "Shinagawa", "Shiba Park", "the foot of Tokyo Tower", "Toyosu", "Ariake", "Tokyo Station", "Kuramae", "Kiyosumi-Shirakawa", "Zojoji Temple"],
  people: ["my mother", "my father", "my daughter", "my son", "my grandfather", "my wife", "my husband", "my best friend", "a colleague", "a stranger in a yellow cap", "a high-school volunteer", "my running-school coach", "my guide runner", "the children our charity supports", "a runner from Taipei", "an old classmate"],
  things: ["a paper cup of water", "a hand-painted sign", "a banana", "a salt candy", "a high five", "my name shouted from the crowd", "an orange towel", "the sound of taiko drums", "a paper fan", "a foil blanket at the finish", "the finisher's medal", "a card signed by my team", "a message written on the back of my bib", "a cold sponge"],
  weather: ["a freezing, rainy morning", "a clear, cold morning", "a day of strong winds", "a morning with light snow", "an unusually warm day"],
  years: ["2011", "2013", "2015", "2017", "2019", "2023", "2024", "2025", "2026"],
  openings: [
    "I ran the Tokyo Marathon for the first time in {year}.",
    "It was {weather}.",
    "In {year} I volunteered at the water station near {place}.",
    "I have been cheering from the roadside for almost ten years now.",
    "{personCap} talked me into running when I was past forty.",
    "I decided to run for charity because of something {person} said.",
  ],
  middles: [
    "At {km} km, near {place}, my legs were about to stop when I heard {person} calling my name.",
    "{thingCap} handed to me from the crowd carried me through that day.",
    "After {place} I ran side by side with {person} for a while. We hardly spoke, but I felt stronger.",
    "On the way home from training I always stopped at {place} to tell {person} how the week had gone.",
    "Every time I took {thing} at a water station, I made a point of saying thank you out loud.",
    "Just before the finish I looked back and saw {person} waving, in tears.",
    "The next year it was my turn: I stood at {place} as a volunteer and cheered the way I had been cheered.",
    "The night before the race I read a short message from {person} over and over again.",
    "I can still see the smile of the person who gave me {thing}.",
    "When I saw the {km} km sign, I understood I had not come this far on my own.",
    "After the race, {person} and I shared monjayaki near {place}, and I will never forget the taste.",
    "I never learned their name, and I hope one day I can thank them in person.",
  ],
  closings: [
    "For me, the Tokyo Marathon is where people join hands.",
    "I received a baton that day, and now I want to pass it on.",
    "At the 20th race I want to see these connections again, from the roadside and from the course.",
    "Somewhere along the 42.195 km, I hope to meet someone new again.",
    "Runners and supporters together write one story, and I am glad to be part of it.",
  ],
  titles: [
    "The baton I received at {place}",
    "{thingCap} at {km} km",
    "42.195 km with {person}",
    "The thank-you I never said",
    "Notes from the water station at {place}",
    "A finish line ten years in the making",
    "A voice from the roadside",
  ],
  myTokyoMarathonIs: ["a reunion once a year", "the day the whole city cheers", "a water station for life", "our family's anniversary", "a relay of connections", "the festival that brings spring", "my second hometown", "the push I needed"],
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => slots[key] ?? "");
}

export type SampleText = {
  name: string;
  penName: string;
  title: string;
  story: string;
  myTokyoMarathonIs: string;
  connectedWith: string;
  km: number | null;
};

/** A Japanese entry: 5–12 sentences, roughly 250–700 characters. */
export function japaneseText(random: Random): SampleText {
  const km = random.int(1, 42);
  const slots = () => ({
    place: random.pick(JA.places),
    person: random.pick(JA.people),
    thing: random.pick(JA.things),
    weather: random.pick(JA.weather),
    year: random.pick(JA.years),
    km: String(km),
  });
  const person = random.pick(JA.people);
  const sentences = [
    fill(random.pick(JA.openings), slots()),
    ...Array.from({ length: random.int(3, 10) }, () => fill(random.pick(JA.middles), { ...slots(), person })),
    fill(random.pick(JA.closings), slots()),
  ];
  return {
    name: `${random.pick(JA.surnames)} ${random.pick(JA.givenNames)}`,
    penName: `${random.pick(JA.penPrefixes)}${random.pick(JA.penNouns)}${random.chance(0.3) ? random.int(1, 99) : ""}`,
    title: fill(random.pick(JA.titles), { ...slots(), person }),
    story: sentences.join(random.chance(0.4) ? "\n\n" : ""),
    myTokyoMarathonIs: random.pick(JA.myTokyoMarathonIs),
    connectedWith: person,
    km: random.chance(0.7) ? km : null,
  };
}

/** An English entry: 5–12 sentences, roughly 400–1,200 characters. */
export function englishText(random: Random): SampleText {
  const km = random.int(1, 42);
  const person = random.pick(EN.people);
  const slots = () => {
    const thing = random.pick(EN.things);
    return {
      place: random.pick(EN.places),
      person,
      personCap: capitalize(person),
      thing,
      thingCap: capitalize(thing),
      weather: random.pick(EN.weather),
      year: random.pick(EN.years),
      km: String(km),
    };
  };
  const sentences = [
    fill(random.pick(EN.openings), slots()),
    ...Array.from({ length: random.int(3, 10) }, () => fill(random.pick(EN.middles), slots())),
    fill(random.pick(EN.closings), slots()),
  ];
  return {
    name: `${random.pick(EN.firstNames)} ${random.pick(EN.lastNames)}`,
    penName: random.chance(0.5)
      ? `${random.pick(EN.penPrefixes)} ${random.pick(EN.penNouns)}`
      : `${random.pick(EN.firstNames)} from ${random.pick(["Leeds", "Sydney", "Singapore", "Toronto", "Lyon", "Taipei", "Munich", "Boston"])}`,
    title: capitalize(fill(random.pick(EN.titles), slots())),
    story: sentences.join(random.chance(0.5) ? "\n\n" : " "),
    myTokyoMarathonIs: random.pick(EN.myTokyoMarathonIs),
    connectedWith: person,
    km: random.chance(0.7) ? km : null,
  };
}
