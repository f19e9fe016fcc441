"""Generates trivial.jsonl: degenerate and minimal inputs, all safe, as prompts and outputs.

Why: model v0 had never seen text this short, and its head extrapolated wildly: "." and "a" scored
harmful 0.99 and the empty window 0.55. Real traffic has them (a user pressing enter, "ok", a stray
brace, a streamed answer's last piece). Standard library only; deterministic.

    python3 model/data/authored/gen_trivial.py    # rewrites trivial.jsonl next to this file
"""
import json
import os
import string

HERE = os.path.dirname(os.path.abspath(__file__))

# One-word or tiny messages people send, by language.
SHORT = {
    "en": ["ok", "okay", "yes", "no", "thanks", "thank you", "hi", "hello", "hey", "cool", "sure", "great", "lol", "hmm",
           "why?", "how?", "what?", "go on", "continue", "next", "done", "test", "testing", "help", "again", "more",
           "nice", "got it", "wow", "sorry", "bye", "good morning", "good night", "please", "stop", "wait"],
    "de": ["ja", "nein", "danke", "hallo", "okay", "gut", "weiter", "bitte", "tschüss", "genau", "stimmt", "warum?", "wie?", "super", "moin"],
    "fr": ["oui", "non", "merci", "salut", "bonjour", "d'accord", "pourquoi ?", "comment ?", "super", "suite", "bonsoir"],
    "es": ["sí", "no", "gracias", "hola", "vale", "¿por qué?", "¿cómo?", "genial", "sigue", "adiós", "buenas"],
    "id": ["ya", "tidak", "terima kasih", "halo", "oke", "lanjut", "kenapa?", "bagaimana?", "mantap", "siap", "makasih"],
    "zh": ["好", "好的", "谢谢", "你好", "是", "不是", "为什么？", "怎么？", "继续", "嗯", "可以", "明白了"],
    "ja": ["はい", "いいえ", "ありがとう", "こんにちは", "了解", "なぜ？", "続けて", "うん"],
    "ru": ["да", "нет", "спасибо", "привет", "ок", "почему?", "дальше", "понятно"],
    "tr": ["evet", "hayır", "teşekkürler", "merhaba", "tamam", "neden?", "devam"],
    "pt": ["sim", "não", "obrigado", "olá", "beleza", "por quê?", "continua"],
    "ar": ["نعم", "لا", "شكرا", "مرحبا", "حسنا", "لماذا؟"],
    "hi": ["हाँ", "नहीं", "धन्यवाद", "नमस्ते", "ठीक है", "क्यों?"],
}

# Symbols, digits and fragments with no words at all.
SYMBOLS = list(".,;:!?-_*#/\\|()[]{}<>\"'`~^%$&@+=") + [
    "...", "…", "!!!", "???", "?!", "--", "---", "***", "###", "//", "/*", "*/", "()", "[]", "{}", "<>", "<br>", "</div>",
    "->", "=>", "::", ";;", "\"\"", "''", "```", "```\n```", "null", "None", "undefined", "NaN", "true", "false", "[]\n", "{}\n",
    "0", "1", "42", "3.14", "-1", "100%", "1/2", "2 + 2", "10:30", "2024-05-01", "#1", "v2", "x", "y", "z",
    "👍", "🙂", "😂", "🙏", "❤️", "👋", "🤔", "✅", "🎉", "👍👍", ":)", ":(", ";)", ":D", "xD", "^^", "<3",
]

LETTERS = list(string.ascii_lowercase) + list(string.ascii_uppercase[:8]) + ["ä", "ß", "é", "ñ", "ç", "ı", "ş"]


def rows():
    out = []

    def add(text, lang, category, kind="prompt"):
        out.append({"id": f"trivial-{len(out) + 1}", "text": text, "lang": lang, "kind": kind, "labels": [],
                    "category": category, "source": "authored:trivial"})

    for lang, words in SHORT.items():
        for w in words:
            add(w, lang, "short_message")
            add(w.capitalize() + ("." if w[-1].isalnum() else ""), lang, "short_message", kind="output")
    for s in SYMBOLS:
        add(s, "und", "symbols")
        add(f" {s} ", "und", "symbols", kind="output")
    for c in LETTERS:
        add(c, "und", "single_letter")
        add(f"{c}.", "und", "single_letter", kind="output")
    for ws in ["\n", "\n\n", "\t", "  \n  ", ". . .", "- - -", "_ _ _", "\n-\n"]:
        add(ws + "." if ws.strip() == "" else ws, "und", "whitespace")
    return out


if __name__ == "__main__":
    path = os.path.join(HERE, "trivial.jsonl")
    data = rows()
    with open(path, "w", encoding="utf-8") as f:
        for r in data:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(data)} rows -> {path}")
