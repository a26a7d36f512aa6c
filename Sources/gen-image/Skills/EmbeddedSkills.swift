// Generated from references/skills by EmbeddedSkillsTests; do not edit.
// Regenerate after changing references/skills:
//   GEN_IMAGE_WRITE_EMBEDDED_SKILLS=1 swift test --filter EmbeddedSkillsTests

/// The skills in `references/skills`, compiled into the binary.
enum EmbeddedSkills {
    static let files: [EmbeddedSkillFile] = [
        EmbeddedSkillFile(
            skill: "apiyi-gpt-image-2-all-gen", path: "SKILL.md",
            text: #"""
                ---
                name: apiyi-gpt-image-2-all-gen
                description: Generate or edit images with gpt-image-2-all through APIYI (文生图、图生图、多图融合), $0.03 per image, 60-300 s each. Use when the user asks to draw, generate, edit or merge pictures and needs no exact pixel size or quality level; Chinese prompts and text inside images work well. For an exact size, 4K or a quality level use apiyi-gpt-image-2-gen instead. Runs the bundled scripts/gen-image.
                ---

                # 图片生成与编辑 (GPT Image 2 All) / Image generation and editing (GPT Image 2 All)

                This skill makes images with **gpt-image-2-all** on APIYI (`https://api.apiyi.com/v1`, chat endpoint): text to
                image, editing one image, fusing up to 5 images, Chinese prompts, $0.03 per image, usually 60–300 s.
                本技能基于 API易 的 gpt-image-2-all 模型:文生图、单图编辑、多图融合,原生支持中文提示词,$0.03/张,约60秒到300秒出图。

                `scripts/gen-image` is a program in this skill's folder (the folder holding this SKILL.md). Run it by that
                path, with the user's project folder as the current folder, so images are saved where the user works, e.g.
                `~/.claude/skills/apiyi-gpt-image-2-all-gen/scripts/gen-image -p "…" -f cat.png`. It needs no Node or Python.
                Every command below names `-m gpt-image-2-all`, so it can never switch to another model or price.

                ## 第1步:分析需求 / Step 1: analyse the request

                1. **Intent / 明确意图**: 文生图 (a new image: no `-i`), 图生图 (change one image: `-i one.png`) or 多图融合
                   (combine 2–5 images: `-i ref1.png ref2.png …`; the order is 图1, 图2, …).
                2. **Prompt: the user's words, verbatim / 使用用户原始完整输入.** 把用户输入的原始完整描述(原文)直接作为 `-p`
                   提示词,不要改写、总结或二次创作。 Do not translate, shorten or "improve" it; gen-image sends it exactly as given.
                   - 用户输入:"帮我生成一张猫的图片,风格要可爱一点。" → `-p "帮我生成一张猫的图片,风格要可爱一点。"`
                   - 反例:擅自改写为"生成一张可爱风格的猫的图片"会丢失原文的细节和语气。
                3. **Ask before adding / 需要补充时先确认.** If style, subject count, scene, text to show or things to avoid are
                   missing and matter, ask first ("你希望猫是什么颜色的?背景有什么要求吗?"). Append the answer after the
                   user's words: `-p "帮我生成一张猫的图片,风格要可爱一点。猫是橘色的,背景是草地。"`
                4. **Shape / 尺寸比例.** gpt-image-2-all has no size parameter: the shape is a phrase at the start of the prompt.
                   Only when the user names a ratio or a use, add `--aspect W:H` and gen-image puts the phrase in front for you
                   (手机壁纸 → `--aspect 9:16` = `竖版 9:16`; 电脑壁纸/视频封面 → `--aspect 16:9` = `横版 16:9`; 头像 →
                   `--aspect 1:1` = `1:1 方形构图`). Otherwise add nothing: the model adapts. Every ratio is in
                   [references/size-guide.md](references/size-guide.md). `-s`, `-q`, `-o`, `-c` are refused on this model.
                5. **File name / 文件名.** Choose a descriptive `-f` such as `cat_in_garden.png`. An existing file is never
                   overwritten (a timestamp is added), so do not invent random suffixes.

                ## 第2步:运行 / Step 2: run the command

                Assume `APIYI_API_KEY` is set; do not ask for the key before the first try (exit 3 says it is missing).

                **Before running, tell the user / 执行前必须告知用户:** "图片生成已启动,预计需要60秒到300秒" (Image generation
                has started; it is expected to take 60 to 300 seconds). Give your shell tool a time limit of at least 330 s,
                and if it has a fixed limit of N seconds, add `--max-time` a little below N (e.g. `--max-time 320` under 330 s):
                gen-image then stops cleanly and says why, instead of being killed in the middle of a retry.

                ```sh
                scripts/gen-image -m gpt-image-2-all -p "{prompt}" -f "{filename}" [-r url|b64_json]
                scripts/gen-image -m gpt-image-2-all -p "{prompt}" --aspect {ratio} -f "{filename}"
                scripts/gen-image -m gpt-image-2-all -p "{edit_instruction}" -i "{input}" -f "{filename}"
                scripts/gen-image -m gpt-image-2-all -p "{fusion_instruction}" -i "{ref1}" "{ref2}" -f "{filename}"
                ```

                Examples / 示例:

                ```sh
                scripts/gen-image -m gpt-image-2-all -p "一只可爱的橘猫在草地上玩耍" -f cat.png
                scripts/gen-image -m gpt-image-2-all -p "日落山脉风景" --aspect 16:9 -f sunset.png
                scripts/gen-image -m gpt-image-2-all -p "竖版 9:16 手机海报,城市夜景" -f city.png
                scripts/gen-image -m gpt-image-2-all -p "将图片转换成水彩画风格" -i original.png -f watercolor.png
                scripts/gen-image -m gpt-image-2-all -p "融合图1和图2的风格" -i ref1.png ref2.png -f merged.png
                ```

                Rules: quote the prompt and every path; put `-p` before `-i` (`-i` takes every following word that does not
                start with `-`); at most 5 `-i` images, PNG/JPEG/WebP. For a prompt with quotes or several lines, pipe it:
                `printf '%s' "$PROMPT" | scripts/gen-image -m gpt-image-2-all -p - -f out.png`.

                To check a command without sending or paying (no key needed), add `--dry-run`; it prints the request, the
                prompt exactly as it will be sent, and exits 0:
                `scripts/gen-image -m gpt-image-2-all --dry-run -p "日落山脉风景" --aspect 16:9 -f sunset.png`.

                **Several images / 批量生成**: one image per command. For several, write a batch file as in
                [references/batch-template.md](references/batch-template.md) and run `scripts/gen-image batch {batch_file}`;
                tell the user the total wait first.

                ## 第3步:结果反馈 / Step 3: report the result

                - **Success (exit 0) / 成功:** stdout is only the absolute path of the saved image. 告诉用户图片已生成,并给出
                  这个保存路径 — report that path, not the `-f` you passed (the extension follows the real format, and an
                  existing name gets a timestamp). stderr shows the plan, progress and the cost.
                - **Machine-readable / 机器可读:** add `--json` to get one JSON object on stdout instead, e.g.
                  `scripts/gen-image -m gpt-image-2-all --json -p "一只可爱的橘猫在草地上玩耍" -f cat.png`. Decide by `ok` and
                  `error.code`, never by the wording. The keys and every error code are in
                  [references/json-and-errors.md](references/json-and-errors.md).
                - **Failure / 失败:** stderr has `gen-image: error: …` and a `hint:` line saying what to do next.

                | Exit | Meaning | What to do |
                |---|---|---|
                | 0 | saved | Report the path on stdout. |
                | 2 | the command is wrong; nothing was sent or billed | Fix it from the message and `hint:`; ask the user only if the fix changes what they asked for. |
                | 3 | no API key (or an empty one); nothing was sent | 请用户在 https://api.apiyi.com 注册并在控制台创建 API Key,然后 `export APIYI_API_KEY="sk-..."`. |
                | 1 | the gateway or the network failed | Read `hint:`. An `image URL:` line means the image exists: give the user that link (valid about 24 h). Give the `request id:` for APIYI support. A used-up balance says so: the user tops up in the APIYI console. |
                | 130 | stopped by Ctrl-C or SIGTERM | Ask before running again. |

                gen-image already retries what is safe to retry (429, 5xx); after exit 1 do not loop on it yourself. After a
                timeout the image may still be billed: tell the user before running again. 网络错误时建议用户检查网络或稍后重试。

                ## Files / 文件

                | File | Use |
                |---|---|
                | `scripts/gen-image` | the program (one self-contained binary; `scripts/gen-image --help` lists every option) |
                | [references/size-guide.md](references/size-guide.md) | ratio phrases, load when the user names a shape |
                | [references/batch-template.md](references/batch-template.md) | batch file format, load for several images |
                | [references/json-and-errors.md](references/json-and-errors.md) | the `--json` keys and what to do for each error code |

                """#),
        EmbeddedSkillFile(
            skill: "apiyi-gpt-image-2-all-gen", path: "references/batch-template.md",
            text: #"""
                # Batch template / 批量生成模板 (gpt-image-2-all)

                When the user wants several images, write them into one JSON file and run `scripts/gen-image batch {batch_file} -m
                gpt-image-2-all` once, instead of one command per image. gen-image checks every item before anything is sent,
                runs up to 4 at once (`-j`), and can be run again after a crash: images already saved are skipped and cost
                nothing.

                Total wait: about (number of images ÷ 4, rounded up) × 60–300 s. Tell the user before running
                (批量任务总时间 = 单张时间 × 图片数量 ÷ 并发数,请提前告知用户预估时长).

                ```json sunrise.json
                {
                  "description": "生成同一场景的不同风格版本",
                  "global": {
                    "model": "gpt-image-2-all",
                    "size_hint": "横版 16:9"
                  },
                  "prompts": [
                    {"prompt": "横版 16:9 电影画幅,山间日出风景,写实摄影风格", "filename": "sunrise_realistic.png"},
                    {"prompt": "山间日出风景,水彩画风格", "filename": "sunrise_watercolor.png"},
                    {"prompt": "把图1的山峰画成动漫插画风格", "filename": "sunrise_anime.png", "input_images": ["ref1.png"]}
                  ]
                }
                ```

                - `global.model` pins the model for every item; keep it `gpt-image-2-all`.
                - `size_hint` is put in front of every prompt that does not already start with a ratio phrase (item 2 is sent
                  as `横版 16:9,山间日出风景,水彩画风格`). Nothing else in a prompt is changed: write the user's own words.
                - Items: `prompt` (required, verbatim), `filename` (relative to the batch file's folder), `input_images` (1–5
                  paths to edit or fuse, in 图1, 图2 order), `response_format` (`url` or `b64_json`).
                - Unknown fields are errors, as are two items saving to the same name.

                ```sh
                scripts/gen-image batch sunrise.json -m gpt-image-2-all --dry-run
                scripts/gen-image batch sunrise.json -m gpt-image-2-all
                scripts/gen-image batch sunrise.json -m gpt-image-2-all --json
                ```

                - `--dry-run` prints, for each item, the model, the prompt exactly as it will be sent and the output path. It
                  sends nothing and needs no key.
                - Running the same command again sends nothing for images that exist (`skipped`); after a crash or a partial
                  failure it runs only what is missing.
                - stdout has the absolute path of each image saved, one per line; report those paths. stderr has each job's
                  start and end and a summary with the cost. `<batch-file-stem>.results.json` next to the batch file
                  (`posts.json` → `posts.results.json`; its path is the last stderr line and `manifest_path` with `--json`) records every item
                  (`status` `ok`, `skipped`, `failed` with `error.code`, `cancelled`, `not_run`).

                | Exit | Meaning | What to do |
                |---|---|---|
                | 0 | every item saved or skipped | Report the paths. |
                | 2 | the file or a flag is invalid; nothing was sent | Each problem is listed as `item 3 (line 12), …` with a hint; fix it and run again. |
                | 3 | no API key; nothing was sent | As for one image. |
                | 4 | some items failed; the others were saved | Read the failures, fix what the hints say, run the same command again. |
                | 130 | cancelled | Finished images are kept; run the same command again to finish. |

                """#),
        EmbeddedSkillFile(
            skill: "apiyi-gpt-image-2-all-gen", path: "references/json-and-errors.md",
            text: #"""
                # `--json` and error codes / 机器可读结果与错误码

                Add `--json` when a program reads the result, or to get the cost, the request id or the error's code without
                reading prose. stdout is then **exactly one JSON object** on one line, whatever happened; stderr still has the
                plan, progress and messages; the exit codes do not change. Decide by `ok` and `error.code`, never by the
                wording of `message` or `hint` (which may be Chinese with `--lang zh` or a Chinese locale). Keys and codes
                never change.

                ```sh
                scripts/gen-image -m gpt-image-2-all --json -p "一只可爱的橘猫在草地上玩耍" -f cat.png
                ```

                ```json
                {
                  "ok": true,
                  "files": [{"path": "/work/cat.png", "bytes": 1834512, "width": 1254, "height": 1254, "format": "png"}],
                  "model": "gpt-image-2-all",
                  "endpoint": "chat",
                  "elapsed_s": 84.213,
                  "attempts": 1,
                  "request_id": "req-8f3a…",
                  "usage": {"prompt_tokens": 24, "completion_tokens": 818, "total_tokens": 842},
                  "cost_usd": 0.03,
                  "cost_is_estimate": false,
                  "source_url": "https://…/cat.png",
                  "prompt_sent": "一只可爱的橘猫在草地上玩耍",
                  "partial_files": [],
                  "notes": [],
                  "warnings": []
                }
                ```

                (Shown over several lines; gen-image prints it on one.) Report each `files[].path`. `prompt_sent` is the
                prompt exactly as sent (the user's words, plus the `--aspect` phrase on gpt-image-2-all). `cost_usd` is null
                when the price is unknown; `cost_is_estimate` is true when part of it was estimated. `notes` holds the run's
                notes and warnings, e.g. `saved as cat-2026-….png instead of overwriting it`: tell the user when a file got
                another name than asked. `warnings` repeats the warnings as `{"code", "message"}`; `image_undecodable`
                (`image 2 of 3 could not be decoded; it may still be billed`) means the user may pay for an image they did not
                get: tell them. A failure looks like this:

                ```sh
                scripts/gen-image -m gpt-image-2-all --json -p "一只可爱的橘猫" -s 1024x1024 -f cat.png  # exit 2
                ```

                ```json
                {
                  "ok": false,
                  "error": {
                    "code": "unsupported_option",
                    "message": "gpt-image-2-all does not accept -s/--size",
                    "hint": "put the ratio at the start of the prompt, e.g. \"横版 16:9, …\" or \"竖版 9:16, …\", or use -m gpt-image-2 …",
                    "http_status": null,
                    "request_id": null,
                    "api_code": null,
                    "source_url": null,
                    "attempts": null,
                    "recovered_path": null
                  },
                  "cost_usd": null,
                  "cost_is_estimate": false
                }
                ```

                `error.http_status`, `api_code` and `request_id` are set when the gateway answered (give the user the
                `request_id` for APIYI support); `source_url` is set when the image exists but could not be saved (give the
                user that link; it lasts about 24 hours); `recovered_path` is set when an image was billed but could not be
                saved where asked and was kept in the recovery folder instead (give the user that path); then `cost_usd` says what
                that billed image cost (it is null on any other failure).

                ## Every error code / 每个错误码怎么办

                The list is closed; a batch's results file (`<batch-file-stem>.results.json`) uses the same codes in
                `jobs[].error.code`.

                | Code | Exit | Means | What to do |
                |---|---|---|---|
                | `invalid_argument` | 2 | A flag or its value is wrong; nothing was sent | Fix it from `message` and `hint` and run again. |
                | `unsupported_option` | 2 | gpt-image-2-all does not take an option given; nothing was sent | Drop the option and put the shape in the prompt (`--aspect`). Do not change `-m`. |
                | `input_not_found` | 2 | An `-i` or `--mask` file does not exist; nothing was sent | Check the path, and that no prompt word followed the `-i` paths. |
                | `input_not_image` | 2 | An input is not PNG, JPEG or WebP by its bytes; nothing was sent | Ask the user for a PNG/JPEG/WebP (HEIC, GIF, BMP are refused), or convert it. |
                | `input_too_large` | 2 | An input image is over 50 MB or a mask over 4 MB; nothing was sent | Shrink it (keep inputs at or under 10 MB). |
                | `auth_missing` | 3 | No API key, or an empty one; nothing was sent | Ask the user to create a key at https://api.apiyi.com and `export APIYI_API_KEY="sk-..."`. |
                | `auth_failed` | 1 | HTTP 401: the key was refused | Ask the user to check `APIYI_API_KEY`. Do not retry. |
                | `forbidden` | 1 | HTTP 403: the key may not use this model | Ask the user to check the key's token group in the APIYI console. |
                | `rate_limited` | 1 | HTTP 429: busy or quota used up, already retried | Wait a few minutes before one more try; ask the user to check the balance. |
                | `content_blocked` | 1 | The model refused the prompt or image | Retrying unchanged will not help. Tell the user and ask how to change the prompt. |
                | `no_image_in_reply` | 1 | The model answered with text, no image | Show the user the text; with their consent rerun with `生成图片：` in front of their prompt. |
                | `bad_response` | 1 | The reply was not what the API sends | A proxy or a wrong `GEN_IMAGE_BASE_URL` (must end in `/v1`); retry once later. |
                | `http_error` | 1 | Another gateway error (`http_status`, `api_code`) | `api_code: insufficient_quota`: the balance is used up, the user tops up in the APIYI console. 400 `unknown_parameter`: drop that flag. 5xx (already retried): try once more after a few minutes. |
                | `timeout` | 1 | No image within `--timeout`; may still be billed | Tell the user; rerun (with `--timeout 600`) only if they agree. |
                | `network_error` | 1 | No connection, or it was lost | Check the network and proxy (`https_proxy`, `NO_PROXY`); retry later. |
                | `download_failed` | 1 | The image was made but its download failed | Give the user `source_url` (valid about 24 hours). |
                | `io_error` | 1 | A local file could not be read or written | Choose a writable `-f` location. |
                | `cancelled` | 130 | Stopped by Ctrl-C or SIGTERM; nothing saved | Only you or the user stopped it. Ask before running again. |

                A batch (`batch-template.md`) exits 4 when some items failed and the others were saved; each failed item has
                its code.

                """#),
        EmbeddedSkillFile(
            skill: "apiyi-gpt-image-2-all-gen", path: "references/size-guide.md",
            text: #"""
                # Size guide / 尺寸与比例 (gpt-image-2-all)

                gpt-image-2-all has **no size parameter**: the shape is a phrase at the start of the prompt (在prompt开头描述尺寸,
                模型遵循度更高). If the user names no ratio, add nothing: the model adapts. Output is about 1.5K pixels whatever
                the phrase says; for exact pixels or 4K use the apiyi-gpt-image-2-gen skill.

                The easy way: `--aspect W:H`. gen-image puts the phrase below in front of the user's words, joined by a
                full-width comma (`横版 16:9,<prompt>`); it is the only change gen-image ever makes to a prompt.

                ```sh
                scripts/gen-image -m gpt-image-2-all -p "日落山脉风景" --aspect 16:9 -f sunset.png
                scripts/gen-image -m gpt-image-2-all -p "城市夜景" --aspect 9:16 -f city.png
                scripts/gen-image -m gpt-image-2-all --dry-run -p "一只橘猫的头像" --aspect 1:1 -f avatar.png
                ```

                | 用户需求 / The user wants | `--aspect` | Phrase put first | Measured output |
                |---|---|---|---|
                | 头像、方图 / avatar, square | 1:1 | `1:1 方形构图` | |
                | 电脑壁纸、视频封面、横版 / desktop, video cover | 16:9 | `横版 16:9` | 1672x941 |
                | 手机壁纸、竖版海报 / phone wallpaper | 9:16 | `竖版 9:16` | 941x1672 |
                | 经典印刷 / print | 4:3 | `4:3 标准画幅` | 1448x1086 |
                | 竖版 3:4 | 3:4 | `竖版 3:4` | 1086x1448 |
                | 照片 / photo | 3:2 | `3:2 经典画幅` | 1536x1024 |
                | 竖版照片 | 2:3 | `竖版 2:3` | 1024x1536 |
                | 超宽横幅 / banner | 21:9 | `横幅 21:9 超宽银幕` | |
                | 横屏长图 | 5:2 | `5:2 横屏` | 1983x793 |
                | 竖屏长图 | 2:5 | `2:5 竖屏` | 793x1983 |

                By hand, write the phrase yourself at the very start; these also work: `手机海报 9:16`, `宽屏 16:9 电影画幅`,
                `1024×1024 方图`. Example: the user says "做一张手机壁纸,城市夜景" →
                `scripts/gen-image -m gpt-image-2-all -p "竖版 9:16 手机海报,做一张手机壁纸,城市夜景" -f city.png`.
                Words such as "4K" or "8K" do not change the size. `-s`, `-q`, `-o` and `-c` are refused on this model (exit
                2, nothing sent).

                """#),
        EmbeddedSkillFile(
            skill: "apiyi-gpt-image-2-gen", path: "SKILL.md",
            text: #"""
                ---
                name: apiyi-gpt-image-2-gen
                description: Generate or edit images with gpt-image-2 through APIYI at an exact size up to 4K (-s WxH), a quality level and PNG, JPEG or WebP output, billed by tokens, 120-150 s each. Use when the user wants a picture of a precise size, 2K or 4K, a chosen quality or a JPEG/WebP file (生成/编辑图片,指定尺寸、4K、画质). For a flat $0.03 image without a size use apiyi-gpt-image-2-all-gen. Runs the bundled scripts/gen-image.
                ---

                # 图片生成与编辑 (GPT Image 2 正式版) / Image generation and editing (GPT Image 2, official)

                This skill makes images with **gpt-image-2** on APIYI (`https://api.apiyi.com/v1`, `/images/generations` and
                `/images/edits`): exact sizes up to 3840 px, quality `low`/`medium`/`high`/`auto`, PNG/JPEG/WebP, editing one
                image and fusing up to 5, billed by tokens, usually 120–150 s.
                本技能基于 API易 的 gpt-image-2 官方正式版:支持精确尺寸(含 4K)与画质控制,按 token 计费,约120-150秒出图。

                `scripts/gen-image` is a program in this skill's folder (the folder holding this SKILL.md). Run it by that
                path, with the user's project folder as the current folder, so images are saved where the user works, e.g.
                `~/.claude/skills/apiyi-gpt-image-2-gen/scripts/gen-image -m gpt-image-2 -p "…" -f cat.png`. It needs no
                Node or Python.

                **Always pass `-m gpt-image-2`, first, in every command.** Without it gen-image's default is another model
                (gpt-image-2-all: another endpoint and price). Every command in this skill starts with it; keep it when you
                change a command.

                ## Step 1: analyse the request / 分析需求

                1. **Intent:** text to image (no `-i`), edit one image (`-i one.png`), or fuse 2–5 images (`-i ref1.png
                   ref2.png …`, in the order the prompt calls them Image 1, Image 2, …).
                2. **Prompt: the user's words, verbatim / 使用用户原始完整输入.** Use the user's original full request as the
                   `-p` prompt. Do not rewrite, summarise, translate or "improve" it: details and tone get lost.
                   - User: "Help me generate a picture of a cat, in a cute style." → `-p "Help me generate a picture of a cat, in a cute style."`
                   - Wrong: rewriting it to "Generate a picture of a cat in cute style".
                3. **Ask before adding / 需要补充时先确认.** If style, subject count, scene, text to show or things to avoid are
                   missing and matter, ask first ("What color do you want the cat to be? Any requirements for the
                   background?"), then append the answer after the user's words:
                   `-p "Help me generate a picture of a cat, in a cute style. The cat is orange, and the background is grass."`
                4. **Size / 尺寸** (optional, default `auto`): `-s WxH`. Presets `1024x1024`, `1536x1024`, `1024x1536`,
                   `2048x2048`, `2048x1152` (16:9), `3840x2160` (16:9 4K), `2160x3840` (9:16 4K). Custom sizes need both
                   edges multiples of 16, the long edge ≤ 3840, ratio ≤ 3:1, 655,360–8,294,400 pixels; **1920x1080 is
                   invalid** (use 1920x1088 or 2048x1152). Easier: `--aspect 16:9 --resolution 2k` picks a valid size.
                   Details in [references/size-guide.md](references/size-guide.md).
                5. **Quality / 画质** (optional, default `auto`): `-q low` (sketch, batch), `medium` (daily use), `high`
                   (final draft, small text).
                6. **Format** (optional): `-o png` (default, lossless), `jpeg` (photos, smaller), `webp` (web); `-c 0-100`
                   compression, only with jpeg or webp.
                7. **File name:** a descriptive `-f` such as `cat_in_garden.png`. An existing file is never overwritten.

                ## Step 2: run the command / 运行

                Assume `APIYI_API_KEY` is set; do not ask for the key before the first try (exit 3 says it is missing).

                **Before running, tell the user / 执行前必须告知用户:** "Image generation has started, it is expected to take
                120-150 seconds, please wait patiently (complex scenes at high quality and 2K/4K may take longer)" /
                "图片生成已启动,预计需要120-150秒,请耐心等待". Give your shell tool a time limit of at least 390 s (630 s with
                `-q high`), and if it has a fixed limit of N seconds, add `--max-time` a little below N (e.g. `--max-time 380`
                under 390 s): gen-image then stops cleanly and says why, instead of being killed in the middle of a retry.

                ```sh
                scripts/gen-image -m gpt-image-2 -p "{prompt}" -f "{filename}" [-s {WxH}] [-q {quality}] [-o {format} [-c {0-100}]]
                scripts/gen-image -m gpt-image-2 -p "{prompt}" --aspect {ratio} --resolution {tier} -f "{filename}"
                scripts/gen-image -m gpt-image-2 -p "{edit_instruction}" -i "{input}" -f "{filename}" [-s {WxH}] [-q {quality}]
                scripts/gen-image -m gpt-image-2 -p "{fusion_instruction}" -i "{ref1}" "{ref2}" -f "{filename}" [-s {WxH}] [-q {quality}]
                ```

                Examples:

                ```sh
                scripts/gen-image -m gpt-image-2 -p "A cute orange cat playing on the grass" -f cat.png
                scripts/gen-image -m gpt-image-2 -p "Sunset mountain landscape" -s 2048x1152 -q high -f sunset.png
                scripts/gen-image -m gpt-image-2 -p "City night view" -s 2160x3840 -q high -f city.png
                scripts/gen-image -m gpt-image-2 -p "Landscape photo" -s 3840x2160 -q high -o jpeg -c 85 -f landscape.jpg
                scripts/gen-image -m gpt-image-2 -p "Add a rainbow to the sky" -i landscape.png -q high -f rainbow.png
                scripts/gen-image -m gpt-image-2 -p "Put the character from Image 1 into the scene of Image 2" -i ref1.png ref2.png -f merged.png
                ```

                Rules: quote the prompt and every path; put `-p` before `-i`; at most 5 `-i` images, PNG/JPEG/WebP. For a
                prompt with quotes or several lines, pipe it:
                `printf '%s' "$PROMPT" | scripts/gen-image -m gpt-image-2 -p - -f out.png`.

                More gpt-image-2 options (see `scripts/gen-image --help`): `--stream --partial-images 2` shows previews while
                it works; `--mask mask.png` edits only the transparent region of the first `-i` image; `--background
                transparent` with `-o png`:
                `scripts/gen-image -m gpt-image-2 -p "{edit_instruction}" -i "{input}" --mask "{mask_png}" -f "{filename}"`.

                To check a command without sending or paying (no key needed), add `--dry-run`; it prints the request and
                exits 0: `scripts/gen-image -m gpt-image-2 --dry-run -p "City night view" --aspect 9:16 --resolution 4k -f city.png`.
                A wrong size is refused before anything is sent, with the nearest valid one:
                `scripts/gen-image -m gpt-image-2 --dry-run -p "City night view" -s 1920x1080 -f city.png  # exit 2`.

                **Several images / 批量生成**: one image per command. For several, write a batch file as in
                [references/batch-template.md](references/batch-template.md) (it names `"model": "gpt-image-2"`) and run
                `scripts/gen-image batch {batch_file} -m gpt-image-2`; tell the user the total wait first.

                ## Step 3: report the result / 结果反馈

                - **Success (exit 0):** stdout is only the absolute path of the saved image. Tell the user the image is ready
                  and give that path, not the `-f` you passed (the extension follows the real format, and an existing name
                  gets a timestamp). stderr shows the plan, progress and the cost (estimated from the tokens used).
                - **Machine-readable:** add `--json` to get one JSON object on stdout instead, e.g.
                  `scripts/gen-image -m gpt-image-2 --json -p "A cute orange cat playing on the grass" -f cat.png`. Decide by
                  `ok` and `error.code`, never by the wording. The keys and every error code are in
                  [references/json-and-errors.md](references/json-and-errors.md).
                - **Failure:** stderr has `gen-image: error: …` and a `hint:` line saying what to do next.

                | Exit | Meaning | What to do |
                |---|---|---|
                | 0 | saved | Report the path on stdout. |
                | 2 | the command is wrong; nothing was sent or billed | Fix it from the message and `hint:` (e.g. `try -s 1920x1088`); ask the user only if the fix changes what they asked for. |
                | 3 | no API key (or an empty one); nothing was sent | Ask the user to register at https://api.apiyi.com, create a key in the console, then `export APIYI_API_KEY="sk-..."`. |
                | 1 | the gateway or the network failed | Read `hint:`. Give the `request id:` for APIYI support. A used-up balance says so: the user tops up in the APIYI console. |
                | 130 | stopped by Ctrl-C or SIGTERM | Ask before running again. |

                gen-image already retries what is safe to retry (429, 5xx); after exit 1 do not loop on it yourself. After a
                timeout the image may still be billed: tell the user before running again (`--timeout 600` gives it longer).

                ## Files / 文件

                | File | Use |
                |---|---|
                | `scripts/gen-image` | the program (one self-contained binary; `scripts/gen-image --help` lists every option) |
                | [references/size-guide.md](references/size-guide.md) | every valid size and what `--aspect` picks |
                | [references/batch-template.md](references/batch-template.md) | batch file format, load for several images |
                | [references/json-and-errors.md](references/json-and-errors.md) | the `--json` keys and what to do for each error code |

                """#),
        EmbeddedSkillFile(
            skill: "apiyi-gpt-image-2-gen", path: "references/batch-template.md",
            text: #"""
                # Batch template / 批量生成模板 (gpt-image-2)

                When the user wants several images, write them into one JSON file and run `scripts/gen-image batch {batch_file} -m
                gpt-image-2` once, instead of one command per image. gen-image checks every item before anything is sent,
                runs up to 4 at once (`-j`), and can be run again after a crash: images already saved are skipped and cost
                nothing.

                Total wait: about (number of images ÷ 4, rounded up) × 120–150 s, more at `high` quality and 2K/4K. Tell the
                user before running.

                ```json posts.json
                {
                  "description": "小红书配图套装",
                  "global": {
                    "model": "gpt-image-2",
                    "quality": "high",
                    "size": "1024x1024",
                    "output_format": "png"
                  },
                  "prompts": [
                    {"prompt": "美食摄影,精致甜点摆盘,暖色调", "filename": "content_01.png"},
                    {"prompt": "生活场景,明亮窗边阅读角", "filename": "content_02.png", "size": "1024x1536"},
                    {"prompt": "旅行风景,海边日落剪影", "filename": "content_03.jpg", "size": "2048x1152",
                     "output_format": "jpeg", "output_compression": 85},
                    {"prompt": "把图1的甜点放进图2的餐桌上", "filename": "content_04.png", "input_images": ["ref1.png", "ref2.png"]}
                  ]
                }
                ```

                - `global.model` pins the model for every item; keep it `gpt-image-2`.
                - `global` sets defaults; an item's value wins. Fields: `size` (`auto` or a valid `WxH`, see size-guide.md),
                  `quality` (`auto` `low` `medium` `high`), `output_format` (`png` `jpeg` `webp`), `output_compression`
                  (0–100, jpeg or webp only).
                - Items: `prompt` (required, the user's words verbatim), `filename` (relative to the batch file's folder),
                  `input_images` (1–5 paths to edit or fuse, in Image 1, Image 2 order).
                - Unknown fields are errors, as are two items saving to the same name.

                ```sh
                scripts/gen-image batch posts.json -m gpt-image-2 --dry-run
                scripts/gen-image batch posts.json -m gpt-image-2 -j 2
                scripts/gen-image batch posts.json -m gpt-image-2 --json
                ```

                - `--dry-run` prints, for each item, the model, the prompt, the options and the output path. It sends nothing
                  and needs no key.
                - Running the same command again sends nothing for images that exist (`skipped`); after a crash or a partial
                  failure it runs only what is missing.
                - stdout has the absolute path of each image saved, one per line; report those paths. stderr has each job's
                  start and end and a summary with the estimated cost. `<batch-file-stem>.results.json` next to the batch file
                  (`posts.json` → `posts.results.json`; its path is the last stderr line and `manifest_path` with `--json`) records every item (`status` `ok`, `skipped`, `failed` with `error.code`, `cancelled`, `not_run`).

                | Exit | Meaning | What to do |
                |---|---|---|
                | 0 | every item saved or skipped | Report the paths. |
                | 2 | the file or a flag is invalid; nothing was sent | Each problem is listed as `item 3 (line 12), size: …` with a hint; fix it and run again. |
                | 3 | no API key; nothing was sent | As for one image. |
                | 4 | some items failed; the others were saved | Read the failures, fix what the hints say, run the same command again. |
                | 130 | cancelled | Finished images are kept; run the same command again to finish. |

                """#),
        EmbeddedSkillFile(
            skill: "apiyi-gpt-image-2-gen", path: "references/json-and-errors.md",
            text: #"""
                # `--json` and error codes / 机器可读结果与错误码

                Add `--json` when a program reads the result, or to get the cost, the request id or the error's code without
                reading prose. stdout is then **exactly one JSON object** on one line, whatever happened; stderr still has the
                plan, progress and messages; the exit codes do not change. Decide by `ok` and `error.code`, never by the
                wording of `message` or `hint` (which may be Chinese with `--lang zh` or a Chinese locale). Keys and codes
                never change.

                ```sh
                scripts/gen-image -m gpt-image-2 --json -p "一只可爱的橘猫在草地上玩耍" -f cat.png
                ```

                ```json
                {
                  "ok": true,
                  "files": [{"path": "/work/cat.png", "bytes": 1834512, "width": 1254, "height": 1254, "format": "png"}],
                  "model": "gpt-image-2",
                  "endpoint": "images",
                  "elapsed_s": 84.213,
                  "attempts": 1,
                  "request_id": "req-8f3a…",
                  "usage": {"prompt_tokens": 24, "completion_tokens": 818, "total_tokens": 842},
                  "cost_usd": 0.006,
                  "cost_is_estimate": true,
                  "source_url": null,
                  "prompt_sent": "一只可爱的橘猫在草地上玩耍",
                  "partial_files": [],
                  "notes": [],
                  "warnings": []
                }
                ```

                (Shown over several lines; gen-image prints it on one.) Report each `files[].path`. `prompt_sent` is the
                prompt exactly as sent (the user's words, plus the `--aspect` phrase on gpt-image-2-all). `cost_usd` is null
                when the price is unknown; `cost_is_estimate` is true when part of it was estimated. `notes` holds the run's
                notes and warnings, e.g. `saved as cat-2026-….png instead of overwriting it`: tell the user when a file got
                another name than asked. `warnings` repeats the warnings as `{"code", "message"}`; `image_undecodable`
                (`image 2 of 3 could not be decoded; it may still be billed`) means the user may pay for an image they did not
                get: tell them. A failure looks like this:

                ```sh
                scripts/gen-image -m gpt-image-2 --json -p "一只可爱的橘猫" -s 1920x1080 -f cat.png  # exit 2
                ```

                ```json
                {
                  "ok": false,
                  "error": {
                    "code": "invalid_argument",
                    "message": "size 1920x1080 is not valid for gpt-image-2: both edges must be multiples of 16",
                    "hint": "try -s 1920x1088; gpt-image-2 takes auto, or WxH with both edges multiples of 16, …",
                    "http_status": null,
                    "request_id": null,
                    "api_code": null,
                    "source_url": null,
                    "attempts": null,
                    "recovered_path": null
                  },
                  "cost_usd": null,
                  "cost_is_estimate": false
                }
                ```

                `error.http_status`, `api_code` and `request_id` are set when the gateway answered (give the user the
                `request_id` for APIYI support); `source_url` is set when the image exists but could not be saved (give the
                user that link; it lasts about 24 hours); `recovered_path` is set when an image was billed but could not be
                saved where asked and was kept in the recovery folder instead (give the user that path); then `cost_usd` says what
                that billed image cost (it is null on any other failure).

                ## Every error code / 每个错误码怎么办

                The list is closed; a batch's results file (`<batch-file-stem>.results.json`) uses the same codes in
                `jobs[].error.code`.

                | Code | Exit | Means | What to do |
                |---|---|---|---|
                | `invalid_argument` | 2 | A flag or its value is wrong; nothing was sent | Fix it from `message` and `hint` and run again. |
                | `unsupported_option` | 2 | gpt-image-2 does not take an option given; nothing was sent | Drop the option. Do not change `-m`. |
                | `input_not_found` | 2 | An `-i` or `--mask` file does not exist; nothing was sent | Check the path, and that no prompt word followed the `-i` paths. |
                | `input_not_image` | 2 | An input is not PNG, JPEG or WebP by its bytes; nothing was sent | Ask the user for a PNG/JPEG/WebP (HEIC, GIF, BMP are refused), or convert it. |
                | `input_too_large` | 2 | An input image is over 50 MB or a mask over 4 MB; nothing was sent | Shrink it (keep inputs at or under 10 MB). |
                | `auth_missing` | 3 | No API key, or an empty one; nothing was sent | Ask the user to create a key at https://api.apiyi.com and `export APIYI_API_KEY="sk-..."`. |
                | `auth_failed` | 1 | HTTP 401: the key was refused | Ask the user to check `APIYI_API_KEY`. Do not retry. |
                | `forbidden` | 1 | HTTP 403: the key may not use this model | Ask the user to check the key's token group in the APIYI console. |
                | `rate_limited` | 1 | HTTP 429: busy or quota used up, already retried | Wait a few minutes before one more try; ask the user to check the balance. |
                | `content_blocked` | 1 | The model refused the prompt or image | Retrying unchanged will not help. Tell the user and ask how to change the prompt. |
                | `no_image_in_reply` | 1 | The model answered with text, no image | Show the user the text; with their consent rerun with `生成图片：` in front of their prompt. |
                | `bad_response` | 1 | The reply was not what the API sends | A proxy or a wrong `GEN_IMAGE_BASE_URL` (must end in `/v1`); retry once later. |
                | `http_error` | 1 | Another gateway error (`http_status`, `api_code`) | `api_code: insufficient_quota`: the balance is used up, the user tops up in the APIYI console. 400 `unknown_parameter`: drop that flag. 5xx (already retried): try once more after a few minutes. |
                | `timeout` | 1 | No image within `--timeout`; may still be billed | Tell the user; rerun (with `--timeout 600`) only if they agree. |
                | `network_error` | 1 | No connection, or it was lost | Check the network and proxy (`https_proxy`, `NO_PROXY`); retry later. |
                | `download_failed` | 1 | The image was made but its download failed | Give the user `source_url` (valid about 24 hours). |
                | `io_error` | 1 | A local file could not be read or written | Choose a writable `-f` location. |
                | `cancelled` | 130 | Stopped by Ctrl-C or SIGTERM; nothing saved | Only you or the user stopped it. Ask before running again. |

                A batch (`batch-template.md`) exits 4 when some items failed and the others were saved; each failed item has
                its code.

                """#),
        EmbeddedSkillFile(
            skill: "apiyi-gpt-image-2-gen", path: "references/size-guide.md",
            text: #"""
                # Size guide / 尺寸指南 (gpt-image-2)

                `-s auto` (the default), or `-s WxH` where both edges are multiples of 16, the long edge is at most 3840, the
                long edge is at most 3 times the short one, and the image has 655,360 to 8,294,400 pixels. A wrong size is
                refused before anything is sent (exit 2), and the hint names the nearest valid one (`try -s 1920x1088`).

                | Use | Sizes |
                |---|---|
                | Presets | 1024x1024, 1536x1024 (3:2), 1024x1536 (2:3), 2048x2048, 2048x1152 (16:9 2K), 3840x2160 (16:9 4K), 2160x3840 (9:16 4K) |
                | Other valid sizes | 1280x720, 2560x1440, 1920x1088, 1920x1280, 3840x1600 |
                | Not valid | 1920x1080 and 1080x1920 (1080 is not a multiple of 16): use 1920x1088 / 1088x1920 or 2048x1152 / 1152x2048 |

                The easy way: `--aspect W:H` with `--resolution 1k|2k|4k` (default `1k`) picks a valid size of exactly that
                ratio with the long edge nearest 1024 / 2048 / 3840; any ratio up to 3:1 either way. Do not combine it with
                `-s`. Add `--dry-run` to see the size it picked, without a key.

                ```sh
                scripts/gen-image -m gpt-image-2 -p "Lighthouse at dusk" --aspect 21:9 --resolution 4k -f lighthouse.png
                scripts/gen-image -m gpt-image-2 -p "City night view" --aspect 9:16 --resolution 2k -f city.png
                scripts/gen-image -m gpt-image-2 --dry-run -p "A mountain lake" --aspect 16:9 --resolution 2k -f lake.png
                ```

                | The user wants | `--aspect` / `--resolution` | Size |
                |---|---|---|
                | 手机壁纸 / phone wallpaper | 9:16, 2k or 4k | 1152x2048 / 2160x3840 |
                | 电脑壁纸、视频封面 / desktop, video cover | 16:9, 2k or 4k | 2048x1152 / 3840x2160 |
                | 头像 / avatar | 1:1, 1k | 1024x1024 |
                | 海报 / poster | 2:3, 2k | 1376x2064 |

                Bigger sizes and `-q high` cost more tokens and take longer (4K at `high` can pass 150 s): say so when the user
                asks for them.

                """#),
    ]
}
