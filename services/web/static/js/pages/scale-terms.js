// What each point of a scale means, shown under each choice: the 4-level rubric (ดีเยี่ยม, ดี,
// พอใช้, ปรับปรุง) of classroom observations and media quality, and the 1–5 scales of needs
// surveys and of satisfaction. The services keep the points; these words are the app's.

import { t, define } from "../core/i18n.js";
import "./supervision-terms.js";

define({
  "rubric.excellent": ["4 คะแนน — ปฏิบัติได้ครบถ้วนทุกประเด็นอย่างมีคุณภาพ เป็นแบบอย่างให้ผู้อื่นได้", "4 points — fully and well done in every respect; a model for others"],
  "rubric.good": ["3 คะแนน — ปฏิบัติได้ครบถ้วนเกือบทุกประเด็น มีจุดที่ควรพัฒนาเล็กน้อย", "3 points — done in almost every respect, with small points to develop"],
  "rubric.fair": ["2 คะแนน — ปฏิบัติได้บางประเด็น ยังต้องพัฒนาอีกหลายด้าน", "2 points — done in some respects; several need developing"],
  "rubric.improve": ["1 คะแนน — ยังปฏิบัติได้น้อย ต้องได้รับการนิเทศช่วยเหลืออย่างใกล้ชิด", "1 point — little done yet; needs close support"],
  "points.4": ["ดีเยี่ยม", "Excellent"],
  "points.3": ["ดี", "Good"],
  "points.2": ["พอใช้", "Fair"],
  "points.1": ["ปรับปรุง", "Needs improvement"],
  "need.1": ["น้อยที่สุด", "Least"],
  "need.2": ["น้อย", "Little"],
  "need.3": ["ปานกลาง", "Moderate"],
  "need.4": ["มาก", "Much"],
  "need.5": ["มากที่สุด", "Most"],
  "satisfaction.1": ["ไม่พึงพอใจ", "Not satisfied"],
  "satisfaction.2": ["พึงพอใจน้อย", "Slightly satisfied"],
  "satisfaction.3": ["พึงพอใจปานกลาง", "Moderately satisfied"],
  "satisfaction.4": ["พึงพอใจมาก", "Very satisfied"],
  "satisfaction.5": ["พึงพอใจมากที่สุด", "Extremely satisfied"],
  "scale.lowest": ["น้อยที่สุด", "Lowest"],
  "scale.highest": ["มากที่สุด", "Highest"],
});

export const LEVEL_CODES = ["excellent", "good", "fair", "improve"];

/** The rubric's four levels, best first, each with what it means. */
export const levelOptions = () => LEVEL_CODES.map((code) => ({ value: code, label: t(`level.${code}`), hint: t(`rubric.${code}`) }));

/** A 1–4 quality score: 4 ดีเยี่ยม … 1 ปรับปรุง. */
export const qualityPoints = () => [1, 2, 3, 4].map((n) => ({ value: String(n), label: String(n), hint: t(`points.${n}`) }));

/** A scale from min to max; 1–5 gets a word per point, any other its two ends. */
export function scalePoints(min = 1, max = 5, kind = "need") {
  const points = [];
  for (let n = min; n <= max; n += 1) {
    let hint = null;
    if (min === 1 && max === 5) hint = t(`${kind}.${n}`);
    else if (n === min) hint = t("scale.lowest");
    else if (n === max) hint = t("scale.highest");
    points.push({ value: String(n), label: String(n), hint });
  }
  return points;
}
