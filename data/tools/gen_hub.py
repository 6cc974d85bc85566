#!/usr/bin/env python3
"""Generate the composed Hugging Face Hub API recordings under data/hub/.

Input: data/tools/hub_catalog.txt (hand-written catalogue of real model ids, dates and
approximate figures) plus the quantizer rules below (community GGUF/MLX re-uploads named the
way those accounts name them). Output (deterministic, no randomness beyond hashing ids):

  data/hub/models/<author>.json   one JSON array per author, sorted by createdAt descending
  data/hub/snapshots-2.json       a second poll of 40 models (higher counters, later lastModified)
  data/hub/malformed/*            bad-input bodies
  data/hub/README.md              format + generated counts

Run from anywhere:  python3 data/tools/gen_hub.py
The records are composed for testing from public knowledge; they are not copied responses.
"""
import csv
import datetime as dt
import hashlib
import json
import os
import shutil
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
HUB = os.path.join(DATA, "hub")
PLACEHOLDER = "2022-03-02T23:29:04.000Z"
POLL1 = dt.datetime(2026, 3, 18, 6, 0, 0, tzinfo=dt.timezone.utc)   # first poll time
POLL2 = dt.datetime(2026, 3, 25, 6, 0, 0, tzinfo=dt.timezone.utc)   # second poll time

PIPE = {"tg": "text-generation", "itt": "image-text-to-text", "tti": "text-to-image",
        "asr": "automatic-speech-recognition", "fe": "feature-extraction", "ss": "sentence-similarity",
        "tts": "text-to-speech", "ttv": "text-to-video", "itv": "image-to-video", "fm": "fill-mask",
        "t2t": "text2text-generation", "tc": "text-classification", "any": "any-to-any",
        "ts": "time-series-forecasting", "sum": "summarization", "tr": "translation",
        "zsic": "zero-shot-image-classification", "mask": "mask-generation", "de": "depth-estimation",
        "i3d": "image-to-3d", "tr2": "text-ranking", "iti": "image-to-image", "ic": "image-classification",
        "ata": "audio-text-to-text", "tta": "text-to-audio", "-": None}
LIB = {"tf": "transformers", "st": "sentence-transformers", "df": "diffusers", "peft": "peft",
       "mlx": "mlx", "nemo": "nemo", "-": None}


def h(s, mod):
    return int(hashlib.sha256(s.encode()).hexdigest(), 16) % mod


def parse_catalog():
    rows = []
    for line in open(os.path.join(HERE, "hub_catalog.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        f = [x.strip() for x in line.split("|")]
        f += [""] * (12 - len(f))
        mid, day, pipe, lib, lic, params, dl, likes, flags, base, rel, arxiv = f[:12]
        rows.append(dict(id=mid, day=day, pipe=PIPE[pipe], lib=LIB[lib], license=lic,
                         params=float(params or 0), dl=int(dl), likes=int(likes), flags=flags,
                         base=[b for b in base.split(",") if b], rel=rel or None,
                         arxiv=[a for a in arxiv.split(",") if a]))
    return rows


# --- community quantizers: (namespace, style, lag days, dl factor, bases) ---
QUANTIZERS = [
    ("bartowski", "bartowski", 1, 0.04, [
        "meta-llama/Llama-3.1-8B-Instruct", "Qwen/Qwen2.5-7B-Instruct", "Qwen/Qwen2.5-Coder-32B-Instruct",
        "google/gemma-2-9b-it", "mistralai/Mistral-Nemo-Instruct-2407", "microsoft/phi-4",
        "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B", "Qwen/QwQ-32B", "google/gemma-3-27b-it",
        "mistralai/Mistral-Small-3.1-24B-Instruct-2503", "Qwen/Qwen3-32B", "LGAI-EXAONE/EXAONE-3.5-7.8B-Instruct",
        "tiiuae/Falcon3-10B-Instruct", "zai-org/GLM-4-9B-0414", "openai/gpt-oss-20b",
        "baidu/ERNIE-4.5-21B-A3B-PT", "LGAI-EXAONE/EXAONE-4.0-32B", "tencent/Hunyuan-A13B-Instruct",
        "ByteDance-Seed/Seed-OSS-36B-Instruct", "nvidia/NVIDIA-Nemotron-Nano-9B-v2", "ibm-granite/granite-4.0-h-small",
        "MiniMaxAI/MiniMax-M2", "NousResearch/Hermes-3-Llama-3.1-8B", "CohereLabs/aya-expanse-8b",
        "upstage/solar-pro-preview-instruct", "HuggingFaceTB/SmolLM3-3B", "Qwen/Qwen3.5-122B-A10B",
        "zai-org/GLM-4.7", "moonshotai/Kimi-Linear-48B-A3B-Instruct", "XiaomiMiMo/MiMo-7B-RL",
        "allenai/Olmo-3-7B-Think", "kakaocorp/kanana-1.5-8b-instruct-2505", "sbintuitions/sarashina2.2-3b-instruct-v0.1",
        "tiiuae/Falcon-H1-7B-Instruct", "CohereLabs/c4ai-command-r7b-12-2024", "swiss-ai/Apertus-8B-Instruct-2509"]),
    ("mlx-community", "mlx", 1, 0.012, [
        "Qwen/Qwen3-30B-A3B", "Qwen/Qwen3-8B", "Qwen/Qwen2.5-7B-Instruct", "meta-llama/Llama-3.2-3B-Instruct",
        "google/gemma-3-27b-it", "google/gemma-3-4b-it", "mistralai/Mistral-Small-3.1-24B-Instruct-2503",
        "deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", "openai/gpt-oss-20b", "moonshotai/Kimi-K2-Instruct",
        "zai-org/GLM-4.5-Air", "microsoft/Phi-4-mini-instruct", "Qwen/Qwen3-Coder-30B-A3B-Instruct",
        "Qwen/Qwen3-Next-80B-A3B-Instruct", "HuggingFaceTB/SmolLM3-3B", "LiquidAI/LFM2-1.2B",
        "LGAI-EXAONE/EXAONE-4.0-1.2B", "ibm-granite/granite-4.0-h-tiny", "Qwen/Qwen3-VL-8B-Instruct",
        "MiniMaxAI/MiniMax-M2.1", "moonshotai/Kimi-K2.5", "Qwen/Qwen3.5-397B-A17B", "Qwen/Qwen3.5-122B-A10B",
        "Qwen/Qwen3-Coder-Next", "zai-org/GLM-5", "nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-BF16",
        "mistralai/Ministral-3-8B-Instruct-2512", "deepseek-ai/DeepSeek-V3.2", "meta-llama/Llama-3.3-70B-Instruct",
        "Qwen/Qwen2.5-Coder-32B-Instruct", "mistralai/Mistral-Nemo-Instruct-2407", "google/gemma-2-9b-it"]),
    ("lmstudio-community", "gguf", 2, 0.05, [
        "meta-llama/Llama-3.1-8B-Instruct", "Qwen/Qwen2.5-7B-Instruct", "Qwen/Qwen3-8B", "openai/gpt-oss-20b",
        "openai/gpt-oss-120b", "mistralai/Mistral-Small-3.2-24B-Instruct-2506", "deepseek-ai/DeepSeek-R1-0528-Qwen3-8B",
        "Qwen/Qwen3-30B-A3B-Instruct-2507", "mistralai/Devstral-Small-2507", "mistralai/Magistral-Small-2509",
        "ibm-granite/granite-4.0-h-tiny", "ByteDance-Seed/Seed-OSS-36B-Instruct", "zai-org/GLM-4.5-Air",
        "MiniMaxAI/MiniMax-M2", "Qwen/Qwen3-Coder-Next", "allenai/Olmo-3-7B-Think", "LiquidAI/LFM2-8B-A1B",
        "LGAI-EXAONE/EXAONE-4.0-32B", "Qwen/Qwen3.5-122B-A10B", "microsoft/Phi-4-reasoning-plus",
        "google/gemma-3-27b-it", "Qwen/Qwen2.5-Coder-32B-Instruct"]),
    ("MaziyarPanahi", "gguf", 2, 0.02, [
        "meta-llama/Meta-Llama-3-8B-Instruct", "Qwen/Qwen2.5-7B-Instruct", "mistralai/Mistral-7B-Instruct-v0.3",
        "google/gemma-2-9b-it", "microsoft/Phi-3.5-mini-instruct", "tiiuae/Falcon3-7B-Instruct",
        "LGAI-EXAONE/EXAONE-3.5-7.8B-Instruct", "Qwen/Qwen3-4B", "cyberagent/calm3-22b-chat",
        "elyza/Llama-3-ELYZA-JP-8B", "THUDM/glm-4-9b-chat", "01-ai/Yi-1.5-9B-Chat"]),
    ("mradermacher", "gguf+i1", 4, 0.3, [
        "NousResearch/Hermes-3-Llama-3.1-8B", "Sao10K/L3-8B-Stheno-v3.2", "TheDrummer/Cydonia-24B-v2",
        "anthracite-org/magnum-v4-12b", "LLM360/K2-Think", "Kwaipilot/KAT-Dev", "arcee-ai/SuperNova-Medius",
        "rinna/qwen2.5-bakeneko-32b-instruct", "sarvamai/sarvam-m", "NousResearch/Hermes-4-14B",
        "cyberagent/DeepSeek-R1-Distill-Qwen-32B-Japanese", "Skywork/Skywork-OR1-32B",
        "tokyotech-llm/Llama-3.1-Swallow-8B-Instruct-v0.3", "speakleash/Bielik-11B-v2.3-Instruct",
        "utter-project/EuroLLM-9B-Instruct", "skt/A.X-4.0-Light", "K-intelligence/Midm-2.0-Base-Instruct",
        "mlabonne/Daredevil-8B", "DavidAU/L3-Dark-Planet-8B", "Sao10K/L3.1-70B-Hanami-x1"]),
    ("QuantFactory", "gguf", 3, 0.03, [
        "meta-llama/Meta-Llama-3-8B-Instruct", "meta-llama/Llama-3.1-8B-Instruct", "google/gemma-2-2b-it",
        "Qwen/Qwen2.5-1.5B-Instruct", "beomi/Llama-3-Open-Ko-8B", "HuggingFaceTB/SmolLM2-1.7B-Instruct",
        "microsoft/Phi-3-mini-4k-instruct", "LGAI-EXAONE/EXAONE-3.0-7.8B-Instruct", "NCSOFT/Llama-VARCO-8B-Instruct",
        "tiiuae/falcon-mamba-7b"]),
    ("ggml-org", "gguf", 1, 0.03, [
        "openai/gpt-oss-20b", "openai/gpt-oss-120b", "google/gemma-3-4b-it", "Qwen/Qwen3-8B",
        "HuggingFaceTB/SmolVLM-500M-Instruct", "Qwen/Qwen2.5-VL-7B-Instruct", "google/embeddinggemma-300m"]),
    ("RichardErkhov", "erkhov", 20, 0.05, [
        "meta-llama/Llama-3.2-1B-Instruct", "Qwen/Qwen2.5-0.5B-Instruct", "SakanaAI/TinySwallow-1.5B-Instruct",
        "beomi/Llama-3-Open-Ko-8B", "tiiuae/Falcon3-1B-Instruct", "HuggingFaceTB/SmolLM2-360M-Instruct"]),
    ("second-state", "gguf", 2, 0.02, [
        "meta-llama/Llama-3.2-3B-Instruct", "Qwen/Qwen2.5-Coder-7B-Instruct", "01-ai/Yi-1.5-9B-Chat",
        "internlm/internlm2_5-7b-chat", "mistralai/Mistral-Nemo-Instruct-2407"]),
    ("unsloth", "unsloth-bnb", 1, 0.05, [
        "Qwen/Qwen3-14B", "google/gemma-3-4b-it", "mistralai/Mistral-Small-3.2-24B-Instruct-2506",
        "meta-llama/Llama-3.3-70B-Instruct", "Qwen/Qwen2.5-7B-Instruct", "microsoft/phi-4"]),
]

# TheBloke's 2023 uploads (pre-window, bases mostly not in the sample): (id, day, base, license, dl, likes)
THEBLOKE = [
    ("TheBloke/Llama-2-7B-Chat-GGUF", "2023-09-04", "meta-llama/Llama-2-7b-chat-hf", "llama2", 91000, 470),
    ("TheBloke/zephyr-7B-beta-GGUF", "2023-10-27", "HuggingFaceH4/zephyr-7b-beta", "mit", 12000, 230),
    ("TheBloke/zephyr-7B-beta-AWQ", "2023-10-27", "HuggingFaceH4/zephyr-7b-beta", "mit", 9000, 40),
    ("TheBloke/Mistral-7B-Instruct-v0.2-GGUF", "2023-12-11", "mistralai/Mistral-7B-Instruct-v0.2", "apache-2.0", 120000, 440),
    ("TheBloke/Mixtral-8x7B-Instruct-v0.1-GGUF", "2023-12-11", "mistralai/Mixtral-8x7B-Instruct-v0.1", "apache-2.0", 41000, 620),
    ("TheBloke/Mixtral-8x7B-Instruct-v0.1-GPTQ", "2023-12-11", "mistralai/Mixtral-8x7B-Instruct-v0.1", "apache-2.0", 6000, 140),
    ("TheBloke/phi-2-GGUF", "2023-12-18", "microsoft/phi-2", "mit", 31000, 200),
    ("TheBloke/dolphin-2.5-mixtral-8x7b-GGUF", "2023-12-14", "cognitivecomputations/dolphin-2.5-mixtral-8x7b", "apache-2.0", 3000, 300),
]


def q_name(style, base_id, base_day):
    org, name = base_id.split("/")
    if style == "bartowski":
        if base_day >= "2025-03-01":
            return [f"{org}_{name}-GGUF"]
        return [name.replace("Llama-3.1", "Meta-Llama-3.1") + "-GGUF"]
    if style == "gguf":
        return [name.replace("Llama-3.1-8B", "Meta-Llama-3.1-8B") + "-GGUF"]
    if style == "gguf+i1":
        return [name + "-GGUF", name + "-i1-GGUF"]
    if style == "mlx":
        if "gpt-oss" in name:
            return [name + "-MXFP4-Q8"]
        return [name + ("-8bit" if h(name, 5) == 0 else "-4bit")]
    if style == "erkhov":
        return [f"{org}_-_{name}-gguf"]
    if style == "unsloth-bnb":
        return [name + "-unsloth-bnb-4bit"]
    raise ValueError(style)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def created_at(mid, day):
    if day == "P":
        return None
    d = dt.datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=dt.timezone.utc)
    return d + dt.timedelta(seconds=h(mid + "t", 86400), milliseconds=h(mid + "ms", 1000))


def mongo_id(mid, created):
    ts = int((created or dt.datetime(2022, 3, 2, 23, 29, 4, tzinfo=dt.timezone.utc)).timestamp())
    return f"{ts:08x}" + hashlib.sha1(mid.encode()).hexdigest()[:16]


LANG = {}


def load_orgs():
    ns = {}
    with open(os.path.join(DATA, "orgs.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            for n in r["namespaces"].split(";"):
                if n:
                    ns[n] = r
    return ns


def build():
    cat = parse_catalog()
    by_id = {r["id"]: r for r in cat}
    items = list(cat)
    # quantizer-generated rows
    for ns, style, lag, fac, bases in QUANTIZERS:
        for b in bases:
            br = by_id.get(b)
            if br is None:   # base outside the sample: compose plausible figures
                br = dict(id=b, day="2025-02-10" if "Hanami" in b or "SmolVLM" in b else "2025-01-01",
                          pipe="text-generation", license="other:llama3.1" if "Hanami" in b else "apache-2.0",
                          params=70.6 if "Hanami" in b else 0.5, dl=20000, likes=100, flags="")
            bday = br["day"] if br["day"] != "P" else "2024-06-01"
            for k, name in enumerate(q_name(style, b, bday)):
                d = dt.datetime.strptime(bday, "%Y-%m-%d") + dt.timedelta(days=lag + h(ns + b, 3) + k)
                fl = "m" if style == "mlx" else ("q" if style == "unsloth-bnb" else "")
                lib = "mlx" if style == "mlx" else ("transformers" if style == "unsloth-bnb" else None)
                params = 0.0
                if style == "mlx":
                    params = round(br["params"] * (0.28 if name.endswith("8bit") else 0.16), 3)
                elif style == "unsloth-bnb":
                    params = round(br["params"] * 0.58, 3)
                items.append(dict(id=f"{ns}/{name}", day=d.strftime("%Y-%m-%d"), pipe=br["pipe"], lib=lib,
                                  license=br["license"], params=params,
                                  dl=max(25, int(br["dl"] * fac * (0.5 + h(name, 100) / 100))),
                                  likes=max(0, int(br["likes"] * fac * 2 * (0.3 + h(name + "l", 100) / 100))),
                                  flags=fl + ("r" if h(name + "r", 23) == 0 else ""),
                                  base=[b], rel="quantized", arxiv=[], quantizer=ns))
    for mid, day, base, lic, dl, likes in THEBLOKE:
        items.append(dict(id=mid, day=day, pipe="text-generation", lib="transformers" if "AWQ" in mid or "GPTQ" in mid else None,
                          license=lic, params=0.0, dl=dl, likes=likes, flags="q" if ("AWQ" in mid or "GPTQ" in mid) else "",
                          base=[base], rel="quantized", arxiv=[], quantizer="TheBloke"))
    ids = [r["id"] for r in items]
    dup = [k for k, v in Counter(ids).items() if v > 1]
    assert not dup, dup
    return items


def lang_for(author, orgs):
    r = orgs.get(author)
    if not r:
        return []
    return {"JP": ["ja", "en"], "KR": ["ko", "en"], "FR": ["fr", "en"], "PL": ["pl"], "ES": ["es", "ca", "en"],
            "IN": ["hi", "en"], "AE": ["ar", "en"], "SA": ["ar", "en"], "TH": ["th", "en"], "RU": ["ru", "en"]}.get(r["country"], [])


def to_api(r, orgs, poll=1):
    mid = r["id"]
    author = mid.split("/")[0]
    c = created_at(mid, r["day"])
    created = iso(c) if c else PLACEHOLDER
    base_t = c or dt.datetime(2023, 6, 1, tzinfo=dt.timezone.utc)
    lm = base_t + dt.timedelta(days=h(mid + "lm", 150), seconds=h(mid + "lms", 86400), milliseconds=h(mid + "lmm", 1000))
    if c is None:
        lm = dt.datetime(2024, 2, 19, tzinfo=dt.timezone.utc) + dt.timedelta(days=h(mid + "lm", 500), seconds=h(mid, 86400))
    if lm > POLL1:
        lm = POLL1 - dt.timedelta(hours=1 + h(mid, 40), seconds=h(mid + "cap", 3600), milliseconds=h(mid + "capms", 1000))
    if lm < base_t:
        lm = base_t + dt.timedelta(minutes=7)
    age_days = max(1, (POLL1 - (c or dt.datetime(2022, 3, 2, tzinfo=dt.timezone.utc))).days)
    dl = r["dl"]
    # cumulative: early adoption burst then ~30-day rate; recent repos have allTime close to 30d value
    months = age_days / 30.0
    all_time = int(dl * (min(months, 1.0) + max(0.0, months - 1) * (0.55 + h(mid + "a", 60) / 100)) * 1.0) + h(mid, 500)
    all_time = max(all_time, dl)
    likes = r["likes"]
    if poll == 2:
        bump = 1 + (5 + h(mid + "p2", 30)) / 100
        dl = int(dl * bump) + 17
        all_time = all_time + int(dl * 7 / 30) + 23
        likes = likes + 1 + h(mid + "lk", 40)
        lm = POLL1 + dt.timedelta(days=1 + h(mid + "d2", 6), seconds=h(mid + "s2", 86400))
    lic = r["license"]
    lic_id, lic_name = (lic.split(":", 1) + [None])[:2] if lic.startswith("other:") else (lic, None)
    if lic == "-":
        lic_id = None
    gguf = ("GGUF" in mid or mid.endswith("-gguf") or mid.endswith("gguf")) and r["lib"] is None
    tags = []
    if r["lib"]:
        tags.append(r["lib"])
    if gguf:
        tags.append("gguf")
    elif r["lib"] in ("transformers", "mlx", "sentence-transformers", "diffusers", "peft"):
        tags.append("safetensors")
    if r["pipe"]:
        tags.append(r["pipe"])
    chat = r["pipe"] in ("text-generation", "image-text-to-text") and any(
        k in mid.lower() for k in ("instruct", "chat", "-it", "thinking", "r1", "qwq", "gpt-oss", "kimi", "glm", "hermes", "dolphin", "-ft", "think"))
    if chat:
        tags.append("conversational")
    langs = lang_for(author, orgs)
    tags += langs
    tags += [f"arxiv:{a}" for a in r["arxiv"]]
    rel = r["rel"]
    for b in r["base"]:
        tags.append(f"base_model:{b}")
        if rel:
            tags.append(f"base_model:{rel}:{b}")
    if lic_id:
        tags.append(f"license:{lic_id}")
    if r["lib"] == "transformers" and r["pipe"] == "text-generation":
        tags.append("text-generation-inference")
    if r["flags"].find("q") >= 0:
        tags.append("4-bit")
        tags.append("awq" if "AWQ" in mid else ("gptq" if "GPTQ" in mid else "bitsandbytes"))
    if "f" in r["flags"]:
        tags.append("fp8")
        tags.append("compressed-tensors")
    if "m" in r["flags"]:
        tags.append("8-bit" if mid.endswith("8bit") else "4-bit")
    tags.append("endpoints_compatible")
    tags.append("region:us")
    gated = "manual" if "g" in r["flags"] else ("auto" if "a" in r["flags"] else False)

    o = {"_id": mongo_id(mid, c), "id": mid, "author": author, "gated": gated, "lastModified": iso(lm),
         "likes": likes, "pipeline_tag": r["pipe"], "tags": tags, "downloads": dl,
         "library_name": r["lib"], "createdAt": created, "downloadsAllTime": all_time}
    if r["pipe"] is None:
        del o["pipeline_tag"]
    if r["lib"] is None:
        del o["library_name"]
    if "n" not in r["flags"]:
        cd = {}
        if lic_id:
            cd["license"] = lic_id
        if lic_name:
            cd["license_name"] = lic_name
            cd["license_link"] = "LICENSE"
        if langs:
            cd["language"] = langs
        if r["lib"]:
            cd["library_name"] = r["lib"]
        if r["pipe"]:
            cd["pipeline_tag"] = r["pipe"]
        if r["base"]:
            if author == "mlx-community" or len(r["base"]) > 1:
                cd["base_model"] = list(r["base"])
            else:
                cd["base_model"] = r["base"][0]
            if rel and "r" not in r["flags"]:
                cd["base_model_relation"] = rel
        if r.get("quantizer") in ("bartowski", "mradermacher", "QuantFactory", "MaziyarPanahi"):
            cd["quantized_by"] = r["quantizer"]
        if gated:
            cd["extra_gated_prompt"] = "You agree to share your contact information to access this model."
            cd["extra_gated_fields"] = {"First Name": "text", "Last Name": "text", "Country": "country",
                                        "I accept the license terms": "checkbox"}
        if r["pipe"] == "text-generation" and any(k in mid for k in ("Instruct", "-it", "chat", "Chat")):
            cd["tags"] = ["chat"]
        o["cardData"] = cd
    if r["params"] > 0 and not gguf:
        n = int(round(r["params"] * 1e9)) + h(mid + "n", 100000)
        if "f" in r["flags"]:
            p = {"BF16": n // 20, "F8_E4M3": n - n // 20}
        elif "q" in r["flags"]:
            p = {"F16": n // 7, "I32": n - n // 7} if ("AWQ" in mid or "GPTQ" in mid) else {"BF16": n // 5, "F32": n // 50, "U8": n - n // 5 - n // 50}
        elif "m" in r["flags"]:
            p = {"BF16": n // 6, "U32": n - n // 6}
        elif r["lib"] == "sentence-transformers" or r["pipe"] in ("fill-mask", "feature-extraction", "sentence-similarity") and r["params"] < 1:
            p = {"F32": n}
        else:
            p = {"BF16": n}
        o["safetensors"] = {"parameters": p, "total": sum(p.values())}
    return o


def month(o):
    return o["createdAt"][:7]


def main():
    orgs = load_orgs()
    items = build()
    models_dir = os.path.join(HUB, "models")
    if os.path.isdir(models_dir):
        shutil.rmtree(models_dir)
    os.makedirs(models_dir)
    per_author = defaultdict(list)
    api = {}
    for r in items:
        o = to_api(r, orgs)
        api[r["id"]] = o
        per_author[o["author"]].append(o)
    for a, lst in per_author.items():
        lst.sort(key=lambda o: (o["createdAt"], o["id"]), reverse=True)
        with open(os.path.join(models_dir, f"{a}.json"), "w", encoding="utf-8") as f:
            json.dump(lst, f, indent=1, ensure_ascii=False)
            f.write("\n")

    # second poll: 40 models spread over authors, deterministic pick
    pick = sorted(api, key=lambda i: hashlib.sha1(("p2" + i).encode()).hexdigest())
    must = ["Qwen/Qwen3-8B", "deepseek-ai/DeepSeek-R1", "meta-llama/Llama-3.1-8B-Instruct", "openai/gpt-oss-20b",
            "mistralai/Mistral-Small-3.2-24B-Instruct-2506", "sentence-transformers/all-MiniLM-L6-v2",
            "google-bert/bert-base-uncased", "bartowski/Qwen_QwQ-32B-GGUF", "moonshotai/Kimi-K2-Instruct",
            "LGAI-EXAONE/EXAONE-4.0-32B"]
    chosen = must + [i for i in pick if i not in must][: 40 - len(must)]
    by = {r["id"]: r for r in items}
    snap2 = [to_api(by[i], orgs, poll=2) for i in chosen]
    for s in snap2:
        assert s["downloads"] > api[s["id"]]["downloads"] and s["downloadsAllTime"] > api[s["id"]]["downloadsAllTime"]
        assert s["likes"] > api[s["id"]]["likes"] and s["lastModified"] > api[s["id"]]["lastModified"]
        assert s["createdAt"] == api[s["id"]]["createdAt"] and s["_id"] == api[s["id"]]["_id"]
    with open(os.path.join(HUB, "snapshots-2.json"), "w", encoding="utf-8") as f:
        json.dump(snap2, f, indent=1, ensure_ascii=False)
        f.write("\n")

    write_malformed(per_author)
    write_readme(api, per_author, orgs, snap2)


def write_malformed(per_author):
    d = os.path.join(HUB, "malformed")
    os.makedirs(d, exist_ok=True)
    full = json.dumps(per_author["Qwen"][:3], indent=1, ensure_ascii=False)
    cut = full[: int(len(full) * 0.62)]
    with open(os.path.join(d, "page-invalid-json.txt"), "w", encoding="utf-8") as f:
        f.write(cut)  # truncated mid-object, no closing bracket, no trailing newline
    good = dict(per_author["mistralai"][0])
    no_id = {k: v for k, v in per_author["moonshotai"][0].items() if k != "id"}
    bad_date = dict(per_author["zai-org"][0]); bad_date["createdAt"] = "yesterday"
    bad_base = json.loads(json.dumps(per_author["unsloth"][0])); bad_base["cardData"]["base_model"] = 42
    huge = dict(per_author["tiiuae"][0]); huge["description"] = ("Lorem ipsum dolor sit amet, " * 44000)[:1_200_000]
    with open(os.path.join(d, "items-bad.json"), "w", encoding="utf-8") as f:
        json.dump([good, no_id, bad_date, bad_base, huge], f, ensure_ascii=False)
        f.write("\n")
    latin = ('[{"_id":"65a1c0de9f2b7a0011223344","id":"jdupont/café-bert-fr","author":"jdupont",'
             '"createdAt":"2024-01-12T09:14:02.000Z","lastModified":"2024-01-15T10:00:00.000Z",'
             '"downloads":12,"downloadsAllTime":40,"likes":1,"pipeline_tag":"fill-mask","library_name":"transformers",'
             '"tags":["transformers","fill-mask","fr","license:mit","region:us"],'
             '"cardData":{"license":"mit","language":["fr"],"description":"Modèle français entraîné à Paris"},'
             '"gated":false}]\n')
    with open(os.path.join(d, "page-latin1.bin"), "wb") as f:
        f.write(latin.encode("iso-8859-1"))


def write_readme(api, per_author, orgs, snap2):
    known = set(orgs)
    unknown = sorted(a for a in per_author if a not in known)
    origin = lambda a: (orgs[a]["country"] or "?community") if a in orgs else "UNKNOWN"
    c_origin = Counter(origin(o["author"]) for o in api.values())
    c_month = Counter(month(o) for o in api.values())
    def rel(o):
        cd = o.get("cardData") or {}
        if cd.get("base_model_relation"):
            return cd["base_model_relation"]
        for t in o["tags"]:
            if t.count(":") >= 2 and t.startswith("base_model:"):
                return t.split(":")[1] + " (tags only)"
        return "base_model without relation" if cd.get("base_model") else "none (mainline)"
    c_rel = Counter(rel(o) for o in api.values())
    # base origins of derivatives
    c_base_origin = Counter()
    missing_bases = set()
    for o in api.values():
        cd = o.get("cardData") or {}
        b = cd.get("base_model")
        if not b:
            continue
        for x in ([b] if isinstance(b, str) else b):
            c_base_origin[origin(x.split("/")[0])] += 1
            if x not in api:
                missing_bases.add(x)
    placeholder = sorted(i for i, o in api.items() if o["createdAt"] == PLACEHOLDER)
    nocard = sorted(i for i, o in api.items() if "cardData" not in o)
    gated = Counter(str(o["gated"]) for o in api.values())
    relonly = sorted(i for i, o in api.items() if "cardData" in o and o["cardData"].get("base_model") and not o["cardData"].get("base_model_relation"))
    real_months = sorted(m for m in c_month if m != PLACEHOLDER[:7])
    top_unknown = max((o for o in api.values() if o["author"] in unknown), key=lambda o: o["downloads"])
    L = []
    w = L.append
    w("# Recorded Hugging Face Hub API pages (composed)\n")
    w("**These records are composed for testing from public knowledge** (model ids, organisations, release "
      "dates, licences, approximate sizes). They are *not* copied Hub responses: `_id`s, times of day, "
      "`lastModified`, download and like counts are plausible values generated by "
      "`data/tools/gen_hub.py` from `data/tools/hub_catalog.txt`. Release days are real to the best of our "
      "knowledge but may be off by a few days (the Hub's `createdAt` is repo creation, often before the public "
      "announcement). Regenerate with `python3 data/tools/gen_hub.py` (deterministic).\n")
    w("## Format\n")
    w("Each file is what `GET https://huggingface.co/api/models?author=<author>&sort=createdAt&direction=-1"
      "&expand=createdAt&expand=lastModified&expand=downloads&expand=downloadsAllTime&expand=likes"
      "&expand=pipeline_tag&expand=library_name&expand=tags&expand=cardData&expand=safetensors&expand=gated"
      "&expand=author` returns, **all pages concatenated**: a JSON array of model objects, sorted by "
      "`createdAt` descending (ties by id descending). The fixture server slices it with `limit` and emits "
      "`Link: <…&cursor=…>; rel=\"next\"` headers itself; the whole-Hub listing is the merge of all author "
      "files (there is deliberately no `all.json`).\n")
    w("Fields per object: `_id` (24 hex; first 8 = creation epoch seconds, like a Mongo ObjectId), `id` "
      "(`author/name`), `author`, `gated` (`false`, `\"auto\"` or `\"manual\"`), `lastModified`, `likes`, "
      "`pipeline_tag` (omitted when none), `tags`, `downloads` (last 30 days), `library_name` (omitted when "
      "none, e.g. most GGUF repos), `createdAt` (ISO-8601, millis, `Z`), `downloadsAllTime`, `cardData` "
      "(omitted when the repo has no card metadata), `safetensors` (`{\"parameters\": {dtype: n}, \"total\": n}`, "
      "only for safetensors repos with a known size). As on the Hub, absent values are omitted rather than null.\n")
    w("`cardData` may hold `license`, `license_name` + `license_link` (when `license` is `other`), `language`, "
      "`library_name`, `pipeline_tag`, `base_model` (a string, or a list: always a list for `mlx-community`, and "
      "for merges / multi-base adapters), `base_model_relation` (adapter | merge | quantized | finetune), "
      "`quantized_by`, `extra_gated_*` for gated repos, `tags`. Tags carry `license:<id>`, `arxiv:<id>`, "
      "`base_model:<base>` and `base_model:<relation>:<base>`, `region:us`.\n")
    w("Snapshot times: every `lastModified` is before the first poll, 2026-03-18T06:00Z.\n")
    w("## Files\n")
    w(f"- `models/<author>.json` — {len(per_author)} author files, {len(api)} models in total.")
    w(f"- `snapshots-2.json` — a second poll (2026-03-19..25) of {len(snap2)} of the models: same `_id`, `id`, "
      "`createdAt`; higher `downloads`, `downloadsAllTime` and `likes`; later `lastModified`. Same object shape "
      "as the author files. Used to check that a re-snapshot *replaces* a model's earlier contribution.")
    w("- `malformed/` — bad-input bodies, never merged into listings:")
    w("  - `page-invalid-json.txt`: the first three `Qwen` objects, cut at 62% — a truncated JSON array (no closing `]`, ends mid-value).")
    w("  - `items-bad.json`: a valid JSON array of 5 items: [0] a good item (`mistralai`); [1] an item without `id` "
      "(`moonshotai`); [2] an item whose `createdAt` is `\"yesterday\"` (`zai-org`); [3] an item whose "
      "`cardData.base_model` is the number `42` (`unsloth`); [4] an item with an extra `description` string field of "
      "1,200,000 characters (`tiiuae`).")
    w("  - `page-latin1.bin`: a one-item JSON array encoded in ISO-8859-1 (not valid UTF-8): `jdupont/café-bert-fr` "
      "— the `é` bytes are `0xE9` (also `è` `0xE8` in the card text).\n")
    w("## Counts (generated)\n")
    w("### Models by origin of the author namespace (country from `orgs.csv`; `?community` = in registry, country unknown; `UNKNOWN` = namespace not in registry)\n")
    w("| origin | models |\n| --- | --- |")
    for k, v in sorted(c_origin.items(), key=lambda kv: (-kv[1], kv[0])):
        w(f"| {k} | {v} |")
    w("\n### Derivatives by origin of the declared base (one count per base)\n")
    w("| base origin | derivative-base links |\n| --- | --- |")
    for k, v in sorted(c_base_origin.items(), key=lambda kv: (-kv[1], kv[0])):
        w(f"| {k} | {v} |")
    w("\n### Models by relation\n")
    w("| relation | models |\n| --- | --- |")
    for k, v in sorted(c_rel.items(), key=lambda kv: (-kv[1], kv[0])):
        w(f"| {k} | {v} |")
    w("\n### Models by createdAt month (UTC)\n")
    w("| month | models |\n| --- | --- |")
    for k in sorted(c_month):
        w(f"| {k}{' (placeholder date)' if k == PLACEHOLDER[:7] else ''} | {c_month[k]} |")
    w(f"\nReal createdAt months span {real_months[0]} .. {real_months[-1]}; the dense window is 2024-03 .. 2026-03.\n")
    w(f"Gated: {dict(gated)}.\n")
    w("## Placeholder createdAt\n")
    w(f"These {len(placeholder)} repos predate the Hub's date tracking and carry `createdAt = {PLACEHOLDER}`:\n")
    w(", ".join(f"`{p}`" for p in placeholder) + "\n")
    w("## Models without cardData\n")
    w(", ".join(f"`{p}`" for p in nocard) + "\n")
    w("## Derivatives whose relation is only in the tags\n")
    w("`cardData.base_model` is set but `base_model_relation` is absent; the relation is only in the "
      "`base_model:<relation>:<base>` tag: " + ", ".join(f"`{p}`" for p in relonly) + "\n")
    w("## Declared bases that are not in the sample (late or missing base)\n")
    w(", ".join(f"`{p}`" for p in sorted(missing_bases)) + "\n")
    w("## Known uncertainties\n")
    w("- Repo ids of late-2025/2026 releases are taken from memory and the Epoch snapshot's links; the least certain are "
      "`LGAI-EXAONE/K-EXAONE-236B-A23B` (Epoch lists K-EXAONE as API access), `skt/A.X-K1`, `XiaomiMiMo/MiMo-V2-Flash`, "
      "`arcee-ai/Trinity-Mini`, `mistralai/Devstral-2-123B-Instruct-2512`, `mistralai/Mistral-Large-3-675B-Instruct-2512`, "
      "`mistralai/Ministral-3-8B-Instruct-2512`, `facebook/cwm`, `facebook/sam3`, `Qwen/Qwen3-Coder-Next`.")
    w("- Community re-uploads (bartowski, mlx-community, lmstudio-community, MaziyarPanahi, mradermacher, QuantFactory, "
      "ggml-org, RichardErkhov, second-state, unsloth `-unsloth-bnb-4bit`) follow each account's naming pattern but a given "
      "repo may not exist on the real Hub; a few merges/adapters by individuals (`allknowingroger/Qwen2.5-7B-task8`, "
      "`trl-lib/Qwen2-0.5B-DPO-LoRA`, `Undi95/Meta-Llama-3.1-8B-Claude`) are illustrative.")
    w("- Parameter counts are approximate; licences are the ones published at release (some later changed).\n")
    w("## Namespaces not in orgs.csv (origin UNKNOWN)\n")
    w("These author files exist on purpose with no registry row; they must be counted as `UNKNOWN`, never dropped. "
      f"The high-download one is `{top_unknown['id']}` ({top_unknown['downloads']:,} downloads in 30 days).\n")
    for a in unknown:
        w(f"- `{a}` ({len(per_author[a])} models)")
    w("")
    with open(os.path.join(HUB, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
