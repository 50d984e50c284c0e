// The phases of a read model's rebuild (reporting's words) in Thai and English, for the
// administration page's progress bar: starting, reading, writing, switched, failed: <why>.

import { t, define } from "../core/i18n.js";

define({
  "rebuild.starting": ["กำลังเริ่ม", "Starting"],
  "rebuild.reading": ["กำลังอ่านประวัติเหตุการณ์", "Reading the event history"],
  "rebuild.writing": ["กำลังเขียนชุดข้อมูลใหม่", "Writing the new generation"],
  "rebuild.switched": ["สร้างใหม่เสร็จและใช้งานแล้ว", "Rebuilt and in use"],
  "rebuild.failed": ["สร้างใหม่ไม่สำเร็จ ({why})", "The rebuild failed ({why})"],
  "rebuild.other": ["สถานะ: {phase}", "Phase: {phase}"],
});

/** A rebuild phase as people read it. */
export function rebuildPhase(phase) {
  const text = String(phase || "");
  if (text.startsWith("failed")) return t("rebuild.failed", { why: text.replace(/^failed:?\s*/, "") });
  return ["starting", "reading", "writing", "switched"].includes(text) ? t(`rebuild.${text}`) : t("rebuild.other", { phase: text });
}
