#!/usr/bin/env python3
"""Generate the composed news feeds under data/feeds/ and the expected-mentions table.

  data/feeds/ai-news.rss          RSS 2.0 (general AI news site)
  data/feeds/open-models.atom     Atom 1.0 (open-model newsletter)
  data/feeds/lab-blog.rss         RSS 1.0 / RDF (a lab/community blog)
  data/feeds/broken.xml           invalid XML (hand-written below)
  data/feeds/expected-mentions.csv  feed,guid,org_ids  (what a careful reader says each article mentions)

All articles are written for testing; sites use the reserved `.example` TLD. Run:
  python3 data/tools/gen_feeds.py
"""
import csv
import datetime as dt
import os
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
OUT = os.path.join(DATA, "feeds")

UTC = dt.timezone.utc


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


def T(s, zone=UTC):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=zone)


PIX = '<img src="https://px.ai-news.example/t.gif?a={slug}" width="1" height="1" alt="" />'

# ---------------------------------------------------------------- ai-news.rss (RSS 2.0)
# (slug, when | None | "BAD:<string>", title, [paragraphs], orgs, category, creator, flags)
# flags: p = permalink guid (guid = link), x = tracking pixel, c = CDATA description, s = <script>
AI_NEWS = [
    ("meta-llama-3", T("2024-04-18 16:05"), "Meta releases Llama 3 in 8B and 70B sizes",
     ["Meta on Thursday released Llama 3, the next generation of its openly available large language models, in 8-billion and 70-billion-parameter versions.",
      "The weights are downloadable under the Llama 3 Community License after accepting Meta's terms; the model card lists training-data metadata but not the data itself."],
     "meta", "Models", "Dana Whitfield", "px"),
    ("phi-3-mini", T("2024-04-23 14:30"), "Microsoft's Phi-3-mini brings a 3.8B model to phones",
     ["Microsoft introduced Phi-3-mini, a 3.8-billion-parameter small language model that it says rivals models twice its size.",
      "The model is MIT-licensed and is available on Azure AI, Ollama and the Hugging Face Hub."],
     "microsoft;huggingface", "Models", "Priya Natarajan", ""),
    ("falcon-2", T("2024-05-13 09:00"), "Abu Dhabi's TII unveils Falcon 2",
     ["The Technology Innovation Institute (TII) in Abu Dhabi released Falcon 2 11B, a multilingual successor to its Falcon 180B.",
      "A vision-language variant, Falcon 2 11B VLM, was published alongside it."],
     "tii", "Models", "", "x"),
    ("zoo-llamas", T("2024-05-21 11:20"), "Three llamas join the petting zoo in Eugene",
     ["Visitors to the city petting zoo can now meet three young llamas, Pepper, Quinoa and Luna, who arrived from a farm in the Willamette Valley.",
      "Keepers say the llama trio is shy at first but loves carrots. The zoo also plans a new enclosure for its two alpacas."],
     "", "Local", "Sam Ortega", "p"),
    ("qwen2", T("2024-06-07 03:10"), "Alibaba's Qwen team ships Qwen2 with 128K context",
     ["Alibaba's Qwen team released Qwen2, a family of five models from 0.5B to 72B parameters, with most sizes under the Apache 2.0 license.",
      "Alibaba Cloud says Qwen2-72B-Instruct leads open models on several coding and maths benchmarks."],
     "alibaba-qwen", "Models", "Li Wei", ""),
    ("gemma-2", T("2024-06-27 17:45"), "Google launches Gemma 2 at 9B and 27B",
     ["Google released Gemma 2, the second generation of its open-weights Gemma models, in 9B and 27B sizes.",
      "Google DeepMind researchers say the 27B model is competitive with models more than twice its size."],
     "google", "Models", "Dana Whitfield", "x"),
    ("mistral-nemo", T("2024-07-18 15:00"), "Mistral AI and NVIDIA release Mistral NeMo 12B",
     ["Mistral AI and NVIDIA jointly released Mistral NeMo, a 12B model with a 128K-token context window, under Apache 2.0.",
      "The model was trained on NVIDIA's DGX Cloud platform and ships with a new tokenizer called Tekken."],
     "mistral;nvidia", "Models", "", "c"),
    ("llama-3-1-405b", T("2024-07-23 15:30"), "Llama 3.1 405B: Meta's largest open model arrives",
     ["Meta released Llama 3.1 in 8B, 70B and 405B sizes, calling the 405B model the first frontier-level open-weights model.",
      "Amazon Web Services, Databricks and NVIDIA announced same-day hosting, and Meta updated its licence to allow distillation into other models."],
     "meta;amazon;databricks;nvidia", "Models", "Priya Natarajan", "px"),
    ("flux-1", T("2024-08-01 13:00"), "Black Forest Labs debuts FLUX.1 image models",
     ["Black Forest Labs, a Freiburg start-up founded by former Stability AI researchers behind Stable Diffusion, launched FLUX.1 in three variants.",
      "FLUX.1 [schnell] is Apache-licensed; FLUX.1 [dev] is open-weights under a non-commercial licence."],
     "blackforestlabs;stabilityai", "Image", "Jonas Becker", ""),
    ("library-metadata", T("2024-08-14 08:00"), "Why metadata standards still matter for digital archives",
     ["Librarians gathered in Leipzig to discuss metadata interoperability, from Dublin Core to newer linked-data vocabularies.",
      "Speakers argued that good metadata, not bigger storage, is what keeps collections findable; one session covered meta-analysis of cataloguing errors."],
     "", "Culture", "Sam Ortega", "p"),
    ("deepseek-v2-5", T("2024-09-06 02:00"), "DeepSeek merges chat and coder lines in DeepSeek-V2.5",
     ["Hangzhou-based DeepSeek released DeepSeek-V2.5, combining its general chat model and DeepSeek-Coder-V2 into a single 236B mixture-of-experts model."],
     "deepseek", "Models", "Li Wei", ""),
    ("qwen2-5", T("2024-09-19 04:30"), "Qwen2.5 arrives with over 100 open models",
     ["Alibaba Cloud's Qwen team open-sourced Qwen2.5, including Qwen2.5-Coder and Qwen2.5-Math, in sizes from 0.5B to 72B.",
      "The release, timed with the Apsara Conference in Hangzhou, is one of the largest single open-model drops to date."],
     "alibaba-qwen", "Models", "", "x"),
    ("llama-3-2", T("2024-09-25 18:00"), "Llama 3.2 adds vision and small on-device models",
     ["Meta's Llama 3.2 adds 11B and 90B vision models and 1B and 3B text models tuned for phones.",
      "The small models were optimised with Qualcomm and MediaTek for Arm-based mobile chips."],
     "meta;qualcomm;mediatek", "Models", "Dana Whitfield", "p"),
    ("metaverse-slump", T("2024-10-08 10:15"), "Metaverse land prices slump as virtual malls empty",
     ["Prices for virtual plots in several metaverse platforms fell more than 80% from their 2022 peak, according to a market tracker.",
      "Brands that opened metaverse storefronts have quietly closed them, and analysts now call the metaverse a niche for gaming."],
     "", "Business", "Marco Rossi", ""),
    ("sd-3-5", T("2024-10-22 16:00"), "Stability AI releases Stable Diffusion 3.5",
     ["Stability AI released Stable Diffusion 3.5 Large and Large Turbo, with a Medium model to follow on 29 October.",
      "The models are free for commercial use by organisations with under $1M in annual revenue."],
     "stabilityai", "Image", "Jonas Becker", "c"),
    ("mistral-winds", T("2024-11-12 07:40"), "Mistrals batter Provence as vintners count the cost",
     ["Two days of violent mistrals swept down the Rhône valley, stripping late grapes and toppling trees near Avignon.",
      "Meteorologists said the mistral reached 110 km/h at Orange; locals call such winds 'le mistral noir'."],
     "", "Weather", "Claire Dubois", "p"),
    ("llama-3-3", T("2024-12-06 19:00"), "Meta's Llama 3.3 70B matches 405B performance",
     ["Meta released Llama 3.3 70B, which it says delivers performance similar to Llama 3.1 405B at a fraction of the serving cost."],
     "meta", "Models", "", ""),
    ("falcon-3", T("2024-12-17 08:00"), "Falcon 3 family targets laptops and small GPUs",
     ["The Technology Innovation Institute released Falcon 3 in 1B, 3B, 7B and 10B sizes, trained on 14 trillion tokens.",
      "TII said the models run on light infrastructure, including laptops."],
     "tii", "Models", "Aisha Rahman", "x"),
    ("deepseek-v3", T("2024-12-26 11:00"), "DeepSeek-V3: a 671B MoE trained for about $5.6M",
     ["DeepSeek released DeepSeek-V3, a 671B-parameter mixture-of-experts model with 37B active parameters.",
      "The technical report puts final-run training at 2.788M H800 GPU hours, which has fuelled debate about the cost of frontier models."],
     "deepseek", "Models", "Li Wei", "p"),
    ("deepseek-r1", T("2025-01-20 14:00"), "DeepSeek-R1 reasoning model rivals OpenAI o1 under MIT licence",
     ["DeepSeek released DeepSeek-R1, an open reasoning model it says matches OpenAI's o1 on maths and coding benchmarks, under the MIT licence.",
      "It also published six distilled models built on Alibaba's Qwen2.5 and Meta's Llama 3 families."],
     "deepseek;openai;alibaba-qwen;meta", "Models", "Li Wei", "x"),
    ("nvidia-selloff", T("2025-01-27 21:30"), "Nvidia loses nearly $600bn in market value after DeepSeek shock",
     ["Nvidia shares fell 17% on Monday as investors reassessed AI chip demand after DeepSeek's low-cost models topped app-store charts."],
     "nvidia;deepseek", "Markets", "Marco Rossi", ""),
    ("falcon-nest", T("2025-02-03 09:30"), "Peregrine falcon pair returns to cathedral nest cam",
     ["The peregrine falcons that nest on the cathedral spire are back for a sixth season, and the live camera is running again.",
      "Birdwatchers expect the falcon to lay eggs in late March; the falcons hunt pigeons over the river."],
     "", "Nature", "Sam Ortega", "p"),
    ("mistral-small-3", T("2025-01-30 15:00"), "Mistral Small 3 returns to Apache 2.0",
     ["Paris-based Mistral AI released Mistral Small 3, a 24B model under Apache 2.0, saying it competes with Llama 3.3 70B while being three times faster."],
     "mistral;meta", "Models", "Claire Dubois", ""),
    ("gemma-3", T("2025-03-12 08:00"), "Gemma 3 brings vision and 128K context",
     ["Google DeepMind released Gemma 3 in 1B, 4B, 12B and 27B sizes, adding image input and 140-language support.",
      "Google also published ShieldGemma 2, a 4B image-safety classifier."],
     "google", "Models", "Dana Whitfield", "x"),
    ("golden-ratio", T("2025-03-14 12:00"), "Pi Day special: phi, the golden ratio, and sunflowers",
     ["Mathematicians mark Pi Day, but the golden ratio phi (about 1.618) deserves a look too: phi appears in Fibonacci spirals and sunflower heads.",
      "Students can approximate phi by dividing consecutive Fibonacci numbers."],
     "", "Science", "", ""),
    ("llama-4", T("2025-04-05 20:00"), "Meta unveils Llama 4 Scout and Maverick",
     ["Meta released Llama 4 Scout and Llama 4 Maverick, its first mixture-of-experts models, natively multimodal with up to 10M tokens of context for Scout.",
      "Llama 4 Behemoth, a roughly 2-trillion-parameter teacher model, is still training."],
     "meta", "Models", "Priya Natarajan", "p"),
    ("qwen3", T("2025-04-29 01:00"), "Qwen3 lands with hybrid thinking modes",
     ["Alibaba released Qwen3, eight open-weight models including the Qwen3-235B-A22B and Qwen3-30B-A3B mixture-of-experts models, all under Apache 2.0.",
      "Each model can switch between a thinking mode and a fast non-thinking mode."],
     "alibaba-qwen", "Models", "Li Wei", "x"),
    ("korea-open-models", T("2025-04-25 06:00"), "Korea's LG and Naver open up reasoning and vision models",
     ["LG AI Research followed EXAONE Deep with wider availability, while NAVER released HyperCLOVA X SEED models for commercial use.",
      "Korean officials say sovereign AI models are a national priority."],
     "lg-ai-research;naver", "Models", "Min-jun Park", ""),
    ("ernie-4-5", T("2025-06-30 05:00"), "Baidu open-sources ERNIE 4.5",
     ["Baidu made good on its promise to open-source ERNIE, releasing ten ERNIE 4.5 models from 0.3B to 424B parameters under Apache 2.0."],
     "baidu", "Models", "Li Wei", ""),
    ("kimi-k2", T("2025-07-11 13:00"), "Moonshot AI's Kimi K2 is a 1-trillion-parameter open MoE",
     ["Beijing-based Moonshot AI released Kimi K2, a mixture-of-experts model with 1T total and 32B active parameters, tuned for agentic tasks.",
      "Kimi K2 uses a modified MIT licence that asks very large commercial deployments to display the Kimi K2 name."],
     "moonshot", "Models", "", "px"),
    ("july-china-wave", T("2025-07-31 22:00"), "July's open-model wave came from China",
     ["In July, Chinese labs released several leading open models: Alibaba's Qwen3-Coder and updated Qwen3, Zhipu AI (Z.ai)'s GLM-4.5 and Moonshot's Kimi K2.",
      "US labs released no comparable open-weights models that month; OpenAI again delayed its promised open model."],
     "alibaba-qwen;zhipu;moonshot;openai", "Analysis", "Marco Rossi", ""),
    ("gpt-oss", T("2025-08-05 17:00"), "OpenAI's gpt-oss marks its first open-weights LLMs since GPT-2",
     ["OpenAI released gpt-oss-120b and gpt-oss-20b under Apache 2.0, its first open-weights language models since GPT-2 in 2019.",
      "The models are available on Hugging Face in MXFP4, and Microsoft is bringing the 20B model to Windows devices."],
     "openai;huggingface;microsoft", "Models", "Priya Natarajan", "xs"),
    ("gemma-jeweller", T("2025-08-19 10:00"), "Gemma's gems: a jeweller reopens on the high street",
     ["Gemma Holt has reopened her jewellery shop after the floods, with a window of garnets and a gemma-cut cameo from an estate sale.",
      "'Every gem has a story,' says Gemma."],
     "", "Local", "Sam Ortega", "p"),
    ("apple-harvest", T("2025-09-22 07:00"), "Apple growers expect a record harvest",
     ["Apple orchards across the valley report heavy crops of Gala and Braeburn after a warm spring.",
      "Apple prices may dip, and cider makers are buying windfalls; the Amazon of fruit boxes, one grower joked, is the farm shop."],
     "", "Agriculture", "", ""),
    ("minimax-m2", T("2025-10-27 09:00"), "MiniMax-M2 targets coding agents",
     ["Shanghai's MiniMax released MiniMax-M2, a 230B-parameter MoE with 10B active parameters, under the MIT licence, aimed at coding and agent workflows."],
     "minimax", "Models", "Li Wei", "x"),
    ("kimi-k2-thinking", T("2025-11-06 12:00"), "Kimi K2 Thinking tops open-model agent benchmarks",
     ["Moonshot AI released Kimi K2 Thinking, a reasoning version of Kimi K2 that can execute hundreds of sequential tool calls."],
     "moonshot", "Models", "", ""),
    ("deepseek-v3-2", T("2025-12-01 10:00"), "DeepSeek-V3.2 and V3.2-Speciale go open",
     ["DeepSeek released DeepSeek-V3.2 and a high-compute V3.2-Speciale variant, using its DeepSeek Sparse Attention for long contexts."],
     "deepseek", "Models", "Li Wei", "p"),
    ("mistral-3", T("2025-12-02 15:00"), "Mistral 3 family spans edge to a 675B MoE",
     ["Mistral AI released the Mistral 3 family: three Ministral 3 dense models and Mistral Large 3, a sparse mixture-of-experts model, all under Apache 2.0."],
     "mistral", "Models", "Claire Dubois", "x"),
    ("korea-sovereign", T("2026-01-05 03:00"), "Korea's sovereign-AI teams publish their first models",
     ["Teams in Korea's national foundation-model project published first results: LG AI Research's K-EXAONE, SK Telecom's A.X K1, Upstage's Solar Open 100B and NC AI's VAETKI.",
      "NAVER Cloud also released HyperCLOVA X SEED 32B Think."],
     "lg-ai-research;skt;upstage;ncsoft;naver", "Models", "Min-jun Park", ""),
    ("qwen3-5-glm-5", T("2026-02-17 09:00"), "Qwen3.5 and GLM-5 headline a busy Lunar New Year",
     ["Alibaba released Qwen3.5-397B-A17B just as Zhipu AI (Z.ai) open-sourced GLM-5, continuing a run of Chinese open-weights releases timed around the holiday."],
     "alibaba-qwen;zhipu", "Models", "Li Wei", "px"),
    ("weekly-roundup-smollm3", None, "Weekly roundup: small models get smarter",
     ["This week: Hugging Face's SmolLM3, a 3B model with dual reasoning modes, plus a look at on-device inference."],
     "huggingface", "Roundup", "", ""),
    ("roundup-undated", None, "Editor's note: our newsletter is moving",
     ["Our weekly newsletter moves to a new address next month. No action is needed from subscribers."],
     "", "Meta", "", "p"),
    ("sarvam-m", "BAD:Thursday, sometime in late May", "Sarvam AI releases Sarvam-M for Indian languages",
     ["Bengaluru's Sarvam AI released Sarvam-M, a 24B hybrid reasoning model built on Mistral Small, tuned for Indian languages and maths."],
     "sarvam;mistral", "Models", "Aisha Rahman", ""),
    ("chart-downloads", T("2025-10-15 12:00"), "Interactive: where open-model downloads come from",
     ["Our interactive chart tracks cumulative downloads on the Hugging Face Hub by the country of the releasing organisation.",
      "Chinese-origin models overtook US-origin models in monthly downloads during 2025, according to the data."],
     "huggingface", "Data", "Marco Rossi", "s"),
]

# ---------------------------------------------------------------- open-models.atom (Atom 1.0)
# (id, published | None, updated, title, [paragraphs], orgs, author)
ATOM = [
    ("tag:openmodels.example,2024-03-28:/e/jamba", T("2024-03-28 18:00", tz(3)), T("2024-03-29 09:00", tz(3)),
     "AI21 Labs' Jamba mixes Mamba and Transformer layers",
     ["AI21 Labs released Jamba, a 52B hybrid SSM-Transformer mixture-of-experts model with a 256K context, under Apache 2.0."], "ai21", "Noa Levi"),
    ("tag:openmodels.example,2024-04-17:/e/mixtral-8x22b", T("2024-04-17 10:00", tz(2)), T("2024-04-17 10:00", tz(2)),
     "Mixtral 8x22B Instruct is out",
     ["Mistral AI published the instruct version of Mixtral 8x22B, a sparse MoE using 39B of its 141B parameters per token."], "mistral", "Claire Dubois"),
    ("tag:openmodels.example,2024-05-13:/e/yi-1-5", T("2024-05-13 08:00", tz(8)), T("2024-05-14 08:00", tz(8)),
     "01.AI upgrades Yi to 1.5 and switches to Apache 2.0",
     ["Kai-Fu Lee's 01.AI released Yi-1.5 in 6B, 9B and 34B sizes, now under the Apache 2.0 licence."], "01-ai", "Li Wei"),
    ("tag:openmodels.example,2024-06-05:/e/glm-4-9b", T("2024-06-05 14:00", tz(8)), T("2024-06-05 14:00", tz(8)),
     "Zhipu AI open-sources GLM-4-9B",
     ["Zhipu AI and Tsinghua's KEG lab released GLM-4-9B and GLM-4-9B-Chat with 1M-token context variants, successors to ChatGLM3."], "zhipu", "Li Wei"),
    ("urn:uuid:6f1c2a52-2b0e-4c1b-9d0e-4a1f6b3c9e01", T("2024-07-16 16:00", tz(-4)), T("2024-07-16 16:00", tz(-4)),
     "SmolLM: small models trained on curated data",
     ["Hugging Face released SmolLM in 135M, 360M and 1.7B sizes, trained on the new SmolLM-Corpus."], "huggingface", "Priya Natarajan"),
    ("tag:openmodels.example,2024-08-07:/e/exaone-3", T("2024-08-07 10:00", tz(9)), T("2024-08-07 10:00", tz(9)),
     "LG AI Research opens EXAONE 3.0 7.8B",
     ["LG AI Research released EXAONE 3.0 7.8B Instruct, a bilingual Korean-English model, for non-commercial research use."], "lg-ai-research", "Min-jun Park"),
    ("tag:openmodels.example,2024-09-18:/e/moshi", T("2024-09-18 17:00", tz(2)), T("2024-09-19 08:00", tz(2)),
     "Kyutai publishes Moshi weights and paper",
     ["Paris non-profit lab Kyutai released the weights of Moshi, its real-time speech-to-speech dialogue model, with a technical report."], "kyutai", "Claire Dubois"),
    ("tag:openmodels.example,2024-09-25:/e/molmo", T("2024-09-25 09:00", tz(-7)), T("2024-09-25 09:00", tz(-7)),
     "Ai2's Molmo matches proprietary VLMs with open data",
     ["The Allen Institute for AI (Ai2) released Molmo, a family of vision-language models; Molmo-7B-D is built on Alibaba's Qwen2-7B."], "allenai;alibaba-qwen", "Dana Whitfield"),
    ("tag:openmodels.example,2024-10-21:/e/granite-3", T("2024-10-21 12:00", tz(-4)), T("2024-10-21 12:00", tz(-4)),
     "IBM Granite 3.0 arrives under Apache 2.0",
     ["IBM released Granite 3.0 8B and 2B language models plus Granite Guardian safety models, all Apache 2.0."], "ibm", "Priya Natarajan"),
    ("tag:openmodels.example,2024-10-24:/e/aya-expanse", T("2024-10-24 11:00", tz(-4)), T("2024-10-24 11:00", tz(-4)),
     "Cohere For AI releases Aya Expanse 8B and 32B",
     ["Cohere For AI, the research arm of Toronto-based Cohere, released Aya Expanse, multilingual models covering 23 languages, under CC-BY-NC."], "cohere", "Noa Levi"),
    ("tag:openmodels.example,2024-11-05:/e/hunyuan-large", T("2024-11-05 10:00", tz(8)), T("2024-11-05 10:00", tz(8)),
     "Tencent's Hunyuan-Large is a 389B MoE",
     ["Tencent released Hunyuan-Large, a mixture-of-experts model with 389B total and 52B active parameters."], "tencent", "Li Wei"),
    ("tag:openmodels.example,2024-11-26:/e/olmo-2", T("2024-11-26 09:00", tz(-8)), T("2024-11-27 09:00", tz(-8)),
     "OLMo 2: fully open 7B and 13B models",
     ["Ai2 released OLMo 2 with open weights, data, code and training recipes, claiming parity with Llama 3.1 8B at 7B scale."], "allenai;meta", "Dana Whitfield"),
    ("tag:openmodels.example,2024-12-04:/e/eurollm-9b", T("2024-12-04 12:00", tz(0)), T("2024-12-04 12:00", tz(0)),
     "EuroLLM-9B covers all 24 official EU languages",
     ["The EuroLLM project, with Unbabel and academic partners in Lisbon, Edinburgh and Paris, released EuroLLM-9B, trained on the MareNostrum 5 supercomputer."], "utter-project;unbabel", "Claire Dubois"),
    ("tag:openmodels.example,2025-01-15:/e/minimax-01", T("2025-01-15 10:00", tz(8)), T("2025-01-15 10:00", tz(8)),
     "MiniMax-01 uses lightning attention for 4M-token context",
     ["MiniMax open-sourced MiniMax-Text-01 and MiniMax-VL-01, a 456B MoE using lightning attention."], "minimax", "Li Wei"),
    ("tag:openmodels.example,2025-01-30:/e/tinyswallow", T("2025-01-30 10:00", tz(9)), T("2025-01-30 10:00", tz(9)),
     "Sakana AI distils TinySwallow-1.5B",
     ["Tokyo's Sakana AI released TinySwallow-1.5B, a Japanese small model trained with its new TAID distillation method."], "sakana", "Yuki Tanaka"),
    ("tag:openmodels.example,2025-02-18:/e/r1-1776", T("2025-02-18 18:00", tz(-5)), T("2025-02-18 18:00", tz(-5)),
     "Perplexity post-trains DeepSeek-R1 as R1 1776",
     ["Perplexity released R1 1776, a version of DeepSeek-R1 post-trained to remove what it calls CCP censorship."], "perplexity;deepseek", "Priya Natarajan"),
    ("tag:openmodels.example,2025-03-13:/e/command-a", T("2025-03-13 12:00", tz(-4)), T("2025-03-13 12:00", tz(-4)),
     "Cohere's Command A runs on two GPUs",
     ["Cohere released the weights of Command A, a 111B enterprise model, for research use."], "cohere", "Noa Levi"),
    ("tag:openmodels.example,2025-03-18:/e/exaone-deep", T("2025-03-18 09:00", tz(9)), T("2025-03-18 09:00", tz(9)),
     "EXAONE Deep brings reasoning to LG's models",
     ["LG AI Research released EXAONE Deep in 2.4B, 7.8B and 32B sizes, reasoning models focused on maths and coding."], "lg-ai-research", "Min-jun Park"),
    ("tag:openmodels.example,2025-05-01:/e/phi-4-reasoning", T("2025-05-01 08:00", tz(-7)), T("2025-05-01 08:00", tz(-7)),
     "Microsoft releases Phi-4-reasoning",
     ["Microsoft released Phi-4-reasoning and Phi-4-reasoning-plus, 14B models trained on o3-mini-generated traces."], "microsoft;openai", "Dana Whitfield"),
    ("tag:openmodels.example,2025-05-21:/e/falcon-h1", T("2025-05-21 10:00", tz(4)), T("2025-05-22 10:00", tz(4)),
     "TII's Falcon-H1 hybrid models and Falcon Arabic",
     ["Abu Dhabi's Technology Innovation Institute released Falcon-H1, hybrid attention-SSM models from 0.5B to 34B, plus Falcon Arabic."], "tii", "Aisha Rahman"),
    ("tag:openmodels.example,2025-06-17:/e/minimax-m1", T("2025-06-17 09:00", tz(8)), T("2025-06-17 09:00", tz(8)),
     "MiniMax-M1: open reasoning with a 1M-token context",
     ["MiniMax released MiniMax-M1, a 456B hybrid-attention reasoning model, under Apache 2.0."], "minimax", "Li Wei"),
    ("tag:openmodels.example,2025-06-27:/e/hunyuan-a13b", T("2025-06-27 09:00", tz(8)), T("2025-06-27 09:00", tz(8)),
     "Hunyuan-A13B is Tencent's efficient MoE",
     ["Tencent released Hunyuan-A13B, an 80B MoE with 13B active parameters and fast/slow thinking modes."], "tencent", "Li Wei"),
    ("tag:openmodels.example,2025-07-28:/e/glm-4-5", T("2025-07-28 20:00", tz(8)), T("2025-07-29 09:00", tz(8)),
     "Zhipu AI (Z.ai) releases GLM-4.5 and GLM-4.5-Air",
     ["Zhipu AI, now branding itself Z.ai, released GLM-4.5 (355B total, 32B active) and GLM-4.5-Air under the MIT licence."], "zhipu", "Li Wei"),
    ("tag:openmodels.example,2025-08-18:/e/nemotron-nano-2", T("2025-08-18 10:00", tz(-7)), T("2025-08-18 10:00", tz(-7)),
     "NVIDIA Nemotron Nano 2 is a hybrid Mamba-Transformer",
     ["NVIDIA released NVIDIA-Nemotron-Nano-9B-v2 and published most of its pre-training data."], "nvidia", "Priya Natarajan"),
    ("tag:openmodels.example,2025-08-21:/e/seed-oss", T("2025-08-21 10:00", tz(8)), T("2025-08-21 10:00", tz(8)),
     "ByteDance Seed open-sources Seed-OSS-36B",
     ["ByteDance's Seed team released Seed-OSS-36B with a 512K context and a controllable thinking budget, under Apache 2.0."], "bytedance", "Li Wei"),
    ("tag:openmodels.example,2025-09-02:/e/apertus", T("2025-09-02 11:00", tz(2)), T("2025-09-02 11:00", tz(2)),
     "Switzerland's Apertus is a fully open multilingual LLM",
     ["EPFL, ETH Zurich and the Swiss National Supercomputing Centre released Apertus in 8B and 70B sizes, trained on 1,000+ languages."], "swiss-ai", "Claire Dubois"),
    ("tag:openmodels.example,2025-09-01:/e/longcat-flash", T("2025-09-01 09:00", tz(8)), T("2025-09-01 09:00", tz(8)),
     "Food-delivery giant Meituan releases LongCat-Flash",
     ["Meituan released LongCat-Flash-Chat, a 560B MoE that activates between 18.6B and 31.3B parameters per token."], "meituan", "Li Wei"),
    ("tag:openmodels.example,2025-10-02:/e/granite-4", T("2025-10-02 09:00", tz(-4)), T("2025-10-02 09:00", tz(-4)),
     "IBM Granite 4.0 goes hybrid",
     ["IBM released Granite 4.0, hybrid Mamba-2/Transformer models, and says they are the first open models with ISO 42001 certification."], "ibm", "Priya Natarajan"),
    ("tag:openmodels.example,2025-11-20:/e/olmo-3", T("2025-11-20 09:00", tz(-8)), T("2025-11-20 09:00", tz(-8)),
     "Olmo 3 Think: a fully open 32B reasoning model",
     ["Ai2 released Olmo 3 in 7B and 32B sizes, including Olmo 3 Think, with the full model flow from data to checkpoints."], "allenai", "Dana Whitfield"),
    ("tag:openmodels.example,2025-12-15:/e/nemotron-3", T("2025-12-15 09:00", tz(-8)), T("2025-12-16 09:00", tz(-8)),
     "NVIDIA launches the Nemotron 3 family",
     ["NVIDIA released Nemotron 3 Nano, a 30B hybrid MoE, with Super and Ultra sizes planned for 2026."], "nvidia", "Priya Natarajan"),
    ("tag:openmodels.example,2026-01-27:/e/kimi-k2-5", T("2026-01-27 12:00", tz(8)), T("2026-01-27 12:00", tz(8)),
     "Kimi K2.5 adds vision and agent swarms",
     ["Moonshot AI released Kimi K2.5, a natively multimodal update to Kimi K2."], "moonshot", "Li Wei"),
    ("urn:uuid:0b8f3d7e-5a41-4c6e-8f2d-91c0e3a7b512", None, T("2025-12-17 10:00", tz(8)),
     "Xiaomi's MiMo-V2-Flash",
     ["Xiaomi released MiMo-V2-Flash, a 309B MoE with 15B active parameters, under the MIT licence."], "xiaomi", "Li Wei"),
    ("tag:openmodels.example,2025-03-04:/e/sgd-explainer", T("2025-03-04 09:00", tz(1)), T("2025-03-04 09:00", tz(1)),
     "Explainer: why learning-rate warm-up works",
     ["Warm-up keeps early updates small while optimizer statistics settle. We walk through the maths with a toy example and no vendor names."], "", "Noa Levi"),
    ("tag:openmodels.example,2025-06-10:/e/falcon-9", T("2025-06-10 20:00", tz(-4)), T("2025-06-10 20:00", tz(-4)),
     "Off-topic: a Falcon 9 launch streaks over Florida",
     ["A SpaceX Falcon 9 rocket lifted off from Cape Canaveral carrying Starlink satellites; the first stage landed on a droneship."], "", "Sam Ortega"),
]

# ---------------------------------------------------------------- lab-blog.rss (RSS 1.0 / RDF)
# (slug, when | None, title, [paragraphs], orgs, creator)
LAB = [
    ("welcome-llama-3", T("2024-04-18 17:00"), "Welcome Llama 3 to the Hub",
     ["Meta's Llama 3 is now on Hugging Face with transformers and TGI support from day one."], "meta;huggingface", "hub-team"),
    ("welcome-gemma-2", T("2024-06-27 18:00"), "Welcome Gemma 2",
     ["Google's Gemma 2 9B and 27B are available on the Hub; we cover soft-capping and sliding-window attention."], "google", "hub-team"),
    ("smollm-blog", T("2024-07-16 15:00"), "SmolLM: blazingly small and fast",
     ["We trained SmolLM at three sizes on SmolLM-Corpus and release everything under Apache 2.0."], "huggingface", "smol-team"),
    ("flux-diffusers", T("2024-08-02 12:00"), "Running FLUX.1 with diffusers",
     ["Black Forest Labs' FLUX.1 [dev] and [schnell] run in diffusers with CPU offloading on 16 GB GPUs."], "blackforestlabs", "diffusers-team"),
    ("finetune-qwen-coder", T("2024-09-30 10:00"), "Fine-tune Qwen2.5-Coder with Unsloth and LoRA",
     ["A step-by-step guide: Qwen2.5-Coder-7B-Instruct, a LoRA adapter, and Unsloth's 4-bit kernels on a single consumer GPU."], "alibaba-qwen;unsloth", "community"),
    ("quant-formats", T("2024-10-21 10:00"), "GGUF, AWQ, GPTQ, MLX: a field guide to quantized uploads",
     ["Most downloads of popular models now go to re-uploads: bartowski's GGUF files, TheBloke's older AWQ and GPTQ repos, and mlx-community conversions for Apple silicon.",
      "We explain how base_model metadata links each quantization back to its source."], "bartowski;thebloke;mlx-community;apple", "community"),
    ("smolvlm", T("2024-11-26 10:00"), "SmolVLM: a 2B vision-language model",
     ["SmolVLM pairs SmolLM2-1.7B with a SigLIP encoder; weights, data mixture and training code are open."], "huggingface;google", "smol-team"),
    ("modernbert", T("2024-12-19 16:00"), "ModernBERT: a modern encoder",
     ["Answer.AI and LightOn released ModernBERT, an encoder with 8K context trained on 2T tokens."], "answerdotai;lighton", "community"),
    ("open-r1", T("2025-01-28 10:00"), "Open-R1: reproducing DeepSeek-R1 in the open",
     ["We are building the missing pieces of DeepSeek-R1's pipeline: the data, the training code and the evaluation."], "deepseek", "research-team"),
    ("mlx-finetune", T("2025-02-20 10:00"), "Fine-tuning on a Mac with MLX",
     ["Apple's MLX framework and mlx-lm make LoRA fine-tuning practical on Apple silicon; converted weights live under mlx-community."], "apple;mlx-community", "community"),
    ("welcome-gemma-3", T("2025-03-12 09:00"), "Welcome Gemma 3: multimodal and multilingual",
     ["Gemma 3 from Google DeepMind is available in transformers with image input from 4B up."], "google", "hub-team"),
    ("welcome-llama-4", T("2025-04-05 21:00"), "Welcome Llama 4 Maverick and Scout",
     ["Meta's Llama 4 models are on the Hub; we cover MoE routing, chunked attention and FP8 checkpoints."], "meta", "hub-team"),
    ("japan-llms", T("2025-05-20 03:00"), "A tour of Japanese open LLMs",
     ["Japan's open-model scene is broad: Sakana AI's evolutionary merges, rinna's Bakeneko, ELYZA's Llama-based models, SB Intuitions' Sarashina and the academic LLM-jp project.",
      "Swallow, from the Institute of Science Tokyo, continues pre-training Llama on Japanese text."], "sakana;rinna;elyza;sbintuitions;llm-jp;swallow;meta", "community"),
    ("korea-llms", T("2025-07-20 03:00"), "Korean open models in 2025",
     ["LG AI Research's EXAONE 4.0, Kakao's Kanana, SK Telecom's A.X 4.0 and NAVER's HyperCLOVA X SEED all shipped open weights this year."], "lg-ai-research;kakao;skt;naver", "community"),
    ("smollm3", T("2025-07-08 12:00"), "SmolLM3: a small, multilingual, long-context reasoner",
     ["SmolLM3 is a 3B model with a dual think/no-think mode, trained on 11T tokens; we publish the full recipe."], "huggingface", "smol-team"),
    ("gpt-oss-hub", T("2025-08-05 18:00"), "Welcome gpt-oss, OpenAI's open-weights models",
     ["OpenAI's gpt-oss-120b and gpt-oss-20b use MXFP4 MoE weights; here is how to run them with transformers and llama.cpp."], "openai;ggml", "hub-team"),
    ("middle-east-llms", T("2025-09-15 08:00"), "Open models from the Middle East",
     ["TII's Falcon-H1, MBZUAI's K2 Think, Inception's Jais family (a G42 company) and SDAIA's ALLaM show the Gulf's growing open-model push.",
      "HUMAIN, Saudi Arabia's new national AI company, has announced ALLaM-based products."], "tii;mbzuai;inception-g42;sdaia;humain", "community"),
    ("embeddings-2025", T("2025-10-10 10:00"), "The 2025 embedding models landscape",
     ["Qwen3-Embedding tops MTEB multilingual; Google's EmbeddingGemma targets on-device; Jina AI's jina-embeddings-v4 handles visual documents."], "alibaba-qwen;google;jina", "community"),
    ("meta-learning-primer", T("2025-11-03 10:00"), "A primer on meta-learning and metadata-aware data loaders",
     ["Meta-learning trains models that learn to learn. We also show how to carry sample metadata through a data loader.",
      "Metadata fields such as source and licence can be filtered before training."], "", "research-team"),
    ("ocr-models", T("2025-12-09 10:00"), "Open OCR models compared",
     ["We benchmark DeepSeek-OCR, Baidu's PaddleOCR-VL, Ai2's olmOCR 2 and rednote's dots.ocr on scanned PDFs."], "deepseek;baidu;allenai;rednote", "research-team"),
    ("derivative-trends", T("2026-01-20 10:00"), "Fine-tunes now start from Qwen, not Llama",
     ["Counting base_model links on the Hub, new fine-tunes built on Qwen outnumber those on Llama since mid-2025; DeepSeek's distills accelerated the shift."], "alibaba-qwen;meta;deepseek", "research-team"),
    ("welcome-glm-5", T("2026-02-12 10:00"), "Welcome GLM-5",
     ["Z.ai's GLM-5 is on the Hub under MIT; we cover its sparse attention and agentic post-training."], "zhipu", "hub-team"),
    ("europe-open-models", None, "Europe's open models, beyond Mistral",
     ["Mistral AI leads, but Pleias, EuroLLM and Aleph Alpha also publish open weights, often trained on EuroHPC machines."], "mistral;pleias;utter-project;aleph-alpha", "community"),
    ("india-llms", T("2026-03-03 06:00"), "India's open-model builders",
     ["Sarvam AI, Ola's Krutrim and IIT Madras's AI4Bharat are building models for Indian languages."], "sarvam;krutrim;ai4bharat", "community"),
]

LAB_SITE = "https://blog.openlab.example"
NEWS_SITE = "https://ai-news.example"


def html_body(paras, slug, flags, site):
    parts = [f"<p>{p}</p>" for p in paras]
    parts.append(f'<p><a href="{site}/{slug}">Read more</a></p>')
    if "x" in flags:
        parts.append(PIX.format(slug=slug))
    if "s" in flags:
        parts.append('<script type="text/javascript">window.__chart && __chart.render("downloads-by-origin"); document.write("<b>tracked</b>");</script>')
    return "".join(parts)


def write_rss():
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>",
           "<title>AI News Daily (test fixture)</title>",
           f"<link>{NEWS_SITE}/</link>",
           "<description>Composed AI and open-model news for Release Radar tests. Not a real publication.</description>",
           "<language>en-us</language>",
           f'<atom:link href="{NEWS_SITE}/feed.rss" rel="self" type="application/rss+xml" />',
           f"<lastBuildDate>{format_datetime(T('2026-03-10 08:00'))}</lastBuildDate>"]
    rows = []
    key = lambda r: r[1] if isinstance(r[1], dt.datetime) else T("2026-03-09 00:00")
    for slug, when, title, paras, orgs, cat, creator, flags in sorted(AI_NEWS, key=key, reverse=True):
        year = when.year if isinstance(when, dt.datetime) else 2025
        link = f"{NEWS_SITE}/{year}/{slug}"
        body = html_body(paras, f"{year}/{slug}", flags, NEWS_SITE)
        out.append("<item>")
        out.append(f"<title>{escape(title)}</title>")
        out.append(f"<link>{link}</link>")
        if "p" in flags:
            guid = link
            out.append(f'<guid isPermaLink="true">{guid}</guid>')
        else:
            guid = f"ainews-{slug}"
            out.append(f'<guid isPermaLink="false">{guid}</guid>')
        if isinstance(when, dt.datetime):
            # mix of +0000 and GMT forms, both RFC 822
            s = format_datetime(when)
            if len(slug) % 2:
                s = format_datetime(when, usegmt=True)
            out.append(f"<pubDate>{s}</pubDate>")
        elif isinstance(when, str) and when.startswith("BAD:"):
            out.append(f"<pubDate>{escape(when[4:])}</pubDate>")
        if creator:
            out.append(f"<dc:creator>{escape(creator)}</dc:creator>")
        out.append(f"<category>{escape(cat)}</category>")
        if "c" in flags:
            out.append(f"<description><![CDATA[{body}]]></description>")
        else:
            out.append(f"<description>{escape(body)}</description>")
        out.append("</item>")
        rows.append(("ai-news.rss", guid, orgs))
    out += ["</channel>", "</rss>"]
    with open(os.path.join(OUT, "ai-news.rss"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    return rows


def rfc3339(t):
    s = t.isoformat()
    return s.replace("+00:00", "Z")


def write_atom():
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           "<id>tag:openmodels.example,2024:/feed</id>",
           "<title>Open Models Weekly (test fixture)</title>",
           "<subtitle>Composed open-model release notes for Release Radar tests.</subtitle>",
           f"<updated>{rfc3339(T('2026-02-01 09:00', tz(1)))}</updated>",
           '<link rel="self" type="application/atom+xml" href="https://openmodels.example/feed.atom" />',
           '<link rel="alternate" type="text/html" href="https://openmodels.example/" />',
           "<author><name>Open Models Weekly</name></author>"]
    rows = []
    for eid, pub, upd, title, paras, orgs, author in sorted(ATOM, key=lambda r: r[2], reverse=True):
        slug = eid.rsplit("/", 1)[-1] if eid.startswith("tag:") else eid.split(":")[-1][:8]
        link = f"https://openmodels.example/e/{slug}"
        summary = escape(f"<p>{paras[0]}</p>")
        content = escape("".join(f"<p>{p}</p>" for p in paras) + f'<p><a href="{link}">Permalink</a></p>')
        out.append("<entry>")
        out.append(f"<id>{eid}</id>")
        out.append(f'<title type="text">{escape(title)}</title>')
        out.append(f'<link rel="alternate" type="text/html" href="{link}" />')
        if pub is not None:
            out.append(f"<published>{rfc3339(pub)}</published>")
        out.append(f"<updated>{rfc3339(upd)}</updated>")
        out.append(f"<author><name>{escape(author)}</name></author>")
        out.append(f'<summary type="html">{summary}</summary>')
        out.append(f'<content type="html">{content}</content>')
        out.append("</entry>")
        rows.append(("open-models.atom", eid, orgs))
    out.append("</feed>")
    with open(os.path.join(OUT, "open-models.atom"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    return rows


def write_rdf():
    LAB.sort(key=lambda r: r[1] if r[1] is not None else T("2026-03-09 00:00"), reverse=True)
    abouts = [f"{LAB_SITE}/posts/{slug}" for slug, *_ in LAB]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"',
           '         xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           f'<channel rdf:about="{LAB_SITE}/feed.rdf">',
           "<title>Open Lab Notes (test fixture)</title>",
           f"<link>{LAB_SITE}/</link>",
           "<description>A composed lab/community blog about open models, for Release Radar tests.</description>",
           f"<dc:date>{rfc3339(T('2026-03-03 06:00'))}</dc:date>",
           "<items><rdf:Seq>"]
    out += [f'<rdf:li rdf:resource="{a}" />' for a in abouts]
    out += ["</rdf:Seq></items>", "</channel>"]
    rows = []
    for (slug, when, title, paras, orgs, creator), about in zip(LAB, abouts):
        body = "".join(f"<p>{p}</p>" for p in paras)
        out.append(f'<item rdf:about="{about}">')
        out.append(f"<title>{escape(title)}</title>")
        out.append(f"<link>{about}</link>")
        out.append(f"<description>{escape(paras[0])}</description>")
        out.append(f"<content:encoded><![CDATA[{body}]]></content:encoded>")
        if when is not None:
            out.append(f"<dc:date>{rfc3339(when)}</dc:date>")
        out.append(f"<dc:creator>{escape(creator)}</dc:creator>")
        out.append("</item>")
        rows.append(("lab-blog.rss", about, orgs))
    out.append("</rdf:RDF>")
    with open(os.path.join(OUT, "lab-blog.rss"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    return rows


BROKEN = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Broken feed (test fixture)</title>
<link>https://broken.example/</link>
<description>Invalid XML on purpose: unclosed tags, a stray ampersand & a mismatched end tag.</description>
<item>
<title>DeepSeek releases another model
<link>https://broken.example/1</link>
<guid isPermaLink="false">broken-1</guid>
<pubDate>Mon, 20 Jan 2025 14:00:00 +0000</pubDate>
<description><p>Unclosed paragraph and <b>bold</description>
</item>
<item>
<title>Qwen3 lands</title>
<link>https://broken.example/2</link>
<guid isPermaLink="false">broken-2</guid>
<description>Second item is fine but the channel never closes
</item>
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = write_rss() + write_atom() + write_rdf()
    with open(os.path.join(OUT, "broken.xml"), "w", encoding="utf-8") as f:
        f.write(BROKEN)
    with open(os.path.join(OUT, "expected-mentions.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["feed", "guid", "org_ids"])
        for r in rows:
            w.writerow(r)
    print(len(rows), "articles")


if __name__ == "__main__":
    main()
