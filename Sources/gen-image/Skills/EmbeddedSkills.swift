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

                # 图片生成与编辑 (GPT Image 2 All) / Image generation and editing

                gpt-image-2-all on APIYI: text to image, editing one image, fusing up to 5, Chinese prompts, $0.03 per image,
                60–300 s each. 文生图、单图编辑、多图融合,$0.03/张。No pixel size, quality or format: for those (or 4K) use the
                apiyi-gpt-image-2-gen skill.

                Run the program by the path written in the commands below, from the user's project folder: images are saved
                there. Keep `-m gpt-image-2-all` in every command.

                ## 1. Build one command

                - **Prompt = the user's description, verbatim** (原文照用,不改写、不翻译、不总结). What the user tells *you*
                  becomes a flag and stays out of the prompt: "save it as lake.png" → `-f lake.png`; "手机壁纸" → `--aspect 9:16`;
                  a model name → nothing (this skill is the model). If something that matters is missing, ask, then append the
                  answer after the user's words.
                - **Shape**, only when the user names a use or a ratio; gen-image puts the ratio phrase before the prompt:

                | Use / 用途 | `--aspect` |
                |---|---|
                | 手机壁纸 / phone wallpaper | 9:16 |
                | 电脑壁纸 / desktop wallpaper | 16:9 |
                | 视频封面 / video cover | 16:9 |
                | 海报 / poster | 2:3 |
                | 头像 / avatar | 1:1 |

                  Other ratios: read [references/size-guide.md](references/size-guide.md). `-s`, `-q`, `-o`, `-c` are refused
                  on this model (exit 2, nothing sent).
                - **Edit or fuse**: `-i` after `-p`, 1–5 PNG/JPEG/WebP files. The model never sees file names, only the order:
                  pass the images in the order the prompt mentions them (first `-i` = 图1 / Image 1).
                - **File name**: a descriptive `-f`; an existing file is never overwritten (a timestamp is added).

                ```sh
                scripts/gen-image -m gpt-image-2-all -p "{prompt}" -f "{filename}"
                scripts/gen-image -m gpt-image-2-all -p "{prompt}" --aspect {ratio} -f "{filename}"
                scripts/gen-image -m gpt-image-2-all -p "{edit_instruction}" -i "{input}" -f "{filename}"
                scripts/gen-image -m gpt-image-2-all -p "{fusion_instruction}" -i "{ref1}" "{ref2}" -f "{filename}"
                ```

                A prompt with quotes or several lines: `printf '%s' "$PROMPT" | scripts/gen-image -m gpt-image-2-all -p - -f out.png`.

                ## 2. Several images: `-n` or one batch command

                Takes of one prompt ("three versions", "给我几张选"): one command with `-n N` (1–10), saved as
                NAME-1 … NAME-N, one path per line:

                ```sh
                scripts/gen-image -m gpt-image-2-all -p "{prompt}" -n 3 -f "{filename}"
                ```

                Different prompts ("six product shots"): never one command per image. Write one JSON file in the user's project
                folder, one item per image, and run it once:

                ```json shots.json
                {"prompts": [
                  {"prompt": "白色陶瓷杯产品图,纯白背景", "filename": "shot_1.png"},
                  {"prompt": "白色陶瓷杯产品图,木桌场景", "filename": "shot_2.png"}
                ]}
                ```

                ```sh
                scripts/gen-image batch {batch_file} -m gpt-image-2-all
                ```

                Images are saved beside the batch file, 4 at a time; stdout lists their paths; `shots.results.json` beside it
                records every item and `shots.html` shows them as a page (offer it to the user). The same command again runs
                only what is missing. Fields: [references/batch-template.md](references/batch-template.md).

                ## 3. Run it

                Tell the user first: "图片生成已启动,预计需要60秒到300秒" (several images: about ⌈n÷4⌉ × that). Assume
                `APIYI_API_KEY` is set.

                **Your shell's time limit:** give the shell call a 600000 ms timeout (Claude Code's Bash waits only 2 minutes
                unless told), and add `--max-time` 10 s under your tool's limit (`--max-time 590` under 600000 ms) so gen-image
                stops first and says why. If the tool returns while gen-image still runs (timed out, moved to the background),
                do not start it again: that pays twice. Wait for it, then read its output or look for the file.

                ## 4. Report the result

                - **exit 0**: stdout is the absolute path of each saved image: give the user those paths. If stderr warns that
                  the image is not the size or shape asked, tell the user what was delivered.
                - **Failure**: stderr starts `gen-image: error [code]: …` then `hint:`. Decide by the code:

                | Code (exit) | Do |
                |---|---|
                | `invalid_argument`, `unsupported_option`, `input_*` (2) | Fix the command from the hint; nothing was sent. |
                | `auth_missing` (3) | Ask the user for a key: register at https://api.apiyi.com, create one, `export APIYI_API_KEY="sk-..."`. |
                | `auth_failed` (1, HTTP 401) | The key was rejected. Do not retry. Run `scripts/gen-image doctor`, then tell the user to copy the key again from the APIYI console and set `APIYI_API_KEY`. |
                | `refused` (1) | Tell the user the model's words; ask how to change the request. Never resend it unchanged. |
                | `no_image_in_reply` (1) | Show the model's text; follow the hint, with the user's consent. |
                | any other (1) | gen-image already retried; do not loop. After a timeout the image may be billed: ask first. |
                | 130 | Stopped; ask before running again. |

                Add `--json` for one JSON object instead; its keys: [references/json-and-errors.md](references/json-and-errors.md).

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
                  "files": [{"path": "/work/cat.png", "bytes": 1834512, "width": 1254, "height": 1254, "format": "png",
                             "sidecar": null}],
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
                  "warnings": [],
                  "delivered": {"width": 1254, "height": 1254, "format": "png"},
                  "images": ["/work/cat.png"],
                  "failures": []
                }
                ```

                (Shown over several lines; gen-image prints it on one.) Report each `files[].path`; `images` lists the same
                paths in order (`NAME-1` … `NAME-N` with `-n N`), and `failures` the `-n` requests that made none (exit 4). `prompt_sent` is the
                prompt exactly as sent (the user's words, plus the `--aspect` phrase on gpt-image-2-all). `cost_usd` is null
                when the price is unknown; `cost_is_estimate` is true when part of it was estimated. `notes` holds the run's
                notes and warnings, e.g. `saved as cat-2026-….png instead of overwriting it`: tell the user when a file got
                another name than asked. `warnings` repeats the warnings as `{"code", "message"}` and `delivered` is what the
                image really is: on `delivered_mismatch` (`asked 1536x1024, got 1024x1024`) the image is saved and billed
                (exit 0); tell the user rather than rerunning. `image_undecodable` (`image 2 of 3 could not be decoded; it may
                still be billed`) means the user may pay for an image they did not get: tell them. A failure looks like this:

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
                    "recovered_path": null,
                    "severity": "error",
                    "setting": "size",
                    "model": "gpt-image-2-all",
                    "allowed": null,
                    "retry_after_s": null,
                    "remedy": "advice",
                    "api_param": null
                  },
                  "cost_usd": null,
                  "cost_is_estimate": false
                }
                ```

                `error.http_status`, `api_code` and `request_id` are set when the gateway answered (give the user the
                `request_id` for APIYI support); `source_url` is set when the image exists but could not be saved (give the
                user that link; it lasts about 24 hours); `recovered_path` is set when an image was billed but could not be
                saved where asked and was kept in the recovery folder instead (give the user that path); then `cost_usd` says what
                that billed image cost (it is null on any other failure). `setting` names what the error is about by
                its request or batch field (`size`, `quality`, `input_images`, `model`), also when the gateway named it
                (`api_param` is the gateway's own word); `model` and `allowed` say whose rule it was and the values it takes;
                `retry_after_s` is the wait the gateway asked for; `remedy` is the kind of fix the hint describes
                (`use_values`, `drop_or_choose_model`, `check_setting`, `check_input_path`, `raise_deadline`, `advice`, …).

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
                | `refused` | 1 | The model declined in words (quoted in the message) | Retrying unchanged will be refused again. Tell the user what the model said and ask how to change the request. |
                | `no_image_in_reply` | 1 | The model answered with text, no image | Show the user the text; if the hint says so, with their consent rerun with `生成图片：` in front of their prompt. |
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
                | 电脑壁纸、视频封面、横版 / desktop wallpaper, video cover | 16:9 | `横版 16:9` | 1672x941 |
                | 手机壁纸 / phone wallpaper | 9:16 | `竖版 9:16` | 941x1672 |
                | 经典印刷 / print | 4:3 | `4:3 标准画幅` | 1448x1086 |
                | 竖版 3:4 | 3:4 | `竖版 3:4` | 1086x1448 |
                | 照片 / photo | 3:2 | `3:2 经典画幅` | 1536x1024 |
                | 海报、竖版照片 / poster | 2:3 | `竖版 2:3` | 1024x1536 |
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

                # 图片生成与编辑 (GPT Image 2) / Image generation and editing

                gpt-image-2 on APIYI: exact sizes up to 4K, quality, PNG/JPEG/WebP, editing and fusing up to 5 images, billed
                by tokens, 120–150 s each. 精确尺寸(含4K)与画质控制。

                Run the program by the path written in the commands below, from the user's project folder: images are saved
                there. Keep `-m gpt-image-2` in every command (without it gen-image uses another model and price).

                ## 1. Build one command

                - **Prompt = the user's description, verbatim** (原文照用). What the user tells *you* becomes a flag and
                  stays out of the prompt: "save it as lake.jpg" → `-f lake.jpg -o jpeg`; "1000x1000" → `-s 1008x1008`; "4K" →
                  `--resolution 4k`; a model name → nothing. If something that matters is missing, ask, then append the
                  answer after the user's words.
                - **Size**: a use or ratio → `--aspect` and `--resolution` (`1k` default, `2k`, `4k`), which pick a valid size:

                | Use / 用途 | `--aspect` | `--resolution` |
                |---|---|---|
                | 手机壁纸 / phone wallpaper | 9:16 | 2k or 4k |
                | 电脑壁纸 / desktop wallpaper | 16:9 | 2k or 4k |
                | 视频封面 / video cover | 16:9 | 2k |
                | 海报 / poster | 2:3 | 2k or 4k |
                | 头像 / avatar | 1:1 | 1k |

                  Exact pixels: `-s WxH`, edges multiples of 16, long edge ≤ 3840; a wrong size is refused before sending,
                  with the nearest valid one. Other sizes: read [references/size-guide.md](references/size-guide.md).
                - **Quality** `-q low|medium|high` (default auto; `high` for final art and small text). **Format** `-o
                  png|jpeg|webp`; `-c 0-100` with jpeg/webp is the quality kept: 100 (the default) is best and biggest, lower is
                  smaller (85 suits photos).
                - **Edit or fuse**: `-i` after `-p`, 1–5 PNG/JPEG/WebP files. The model never sees file names, only the order:
                  pass the images in the order the prompt mentions them (first `-i` = Image 1 / 图1).
                - **File name**: a descriptive `-f`; an existing file is never overwritten.

                ```sh
                scripts/gen-image -m gpt-image-2 -p "{prompt}" -f "{filename}" [-s {WxH}] [-q {quality}] [-o {format} [-c {0-100}]]
                scripts/gen-image -m gpt-image-2 -p "{prompt}" --aspect {ratio} --resolution {tier} -f "{filename}" [-o {format}]
                scripts/gen-image -m gpt-image-2 -p "{edit_instruction}" -i "{input}" -f "{filename}"
                scripts/gen-image -m gpt-image-2 -p "{fusion_instruction}" -i "{ref1}" "{ref2}" -f "{filename}"
                ```

                ## 2. Several images: `-n` or one batch command

                Takes of one prompt ("three versions", "给我几张选"): one command with `-n N` (1–10), saved as
                NAME-1 … NAME-N, one path per line:

                ```sh
                scripts/gen-image -m gpt-image-2 -p "{prompt}" -n 3 -f "{filename}"
                ```

                Different prompts ("six product shots"): never one command per image. Write one JSON file in the user's project
                folder, one item per image, and run it once:

                ```json shots.json
                {"global": {"model": "gpt-image-2", "quality": "medium"}, "prompts": [
                  {"prompt": "White ceramic mug, product photo, plain white background", "filename": "shot_1.png"},
                  {"prompt": "White ceramic mug, product photo, on a wooden table", "filename": "shot_2.png"}
                ]}
                ```

                ```sh
                scripts/gen-image batch {batch_file} -m gpt-image-2
                ```

                Images are saved beside the batch file, 4 at a time; stdout lists their paths; `shots.results.json` beside it
                records every item and `shots.html` shows them as a page (offer it to the user). The same command again runs
                only what is missing. Fields: [references/batch-template.md](references/batch-template.md).

                ## 3. Run it

                Tell the user first: "图片生成已启动,预计需要120-150秒" (several images: about ⌈n÷4⌉ × that). Assume
                `APIYI_API_KEY` is set.

                **Your shell's time limit:** give the shell call a 600000 ms timeout (Claude Code's Bash waits only 2 minutes
                unless told), and add `--max-time` 10 s under your tool's limit (`--max-time 590` under 600000 ms) so gen-image
                stops first and says why. If the tool returns while gen-image still runs (timed out, moved to the background),
                do not start it again: that pays twice. Wait for it, then read its output or look for the file.

                ## 4. Report the result

                - **exit 0**: stdout is the absolute path of each saved image: give the user those paths. If stderr warns that
                  the image is not the size asked, tell the user the size delivered.
                - **Failure**: stderr starts `gen-image: error [code]: …` then `hint:`. Decide by the code:

                | Code (exit) | Do |
                |---|---|
                | `invalid_argument`, `unsupported_option`, `input_*` (2) | Fix the command from the hint; nothing was sent. |
                | `auth_missing` (3) | Ask the user for a key: register at https://api.apiyi.com, create one, `export APIYI_API_KEY="sk-..."`. |
                | `auth_failed` (1, HTTP 401) | The key was rejected. Do not retry. Run `scripts/gen-image doctor`, then tell the user to copy the key again from the APIYI console and set `APIYI_API_KEY`. |
                | `refused` (1) | Tell the user the model's words; ask how to change the request. Never resend it unchanged. |
                | any other (1) | gen-image already retried; do not loop. After a timeout the image may be billed: ask first. |
                | 130 | Stopped; ask before running again. |

                Add `--json` for one JSON object instead; its keys: [references/json-and-errors.md](references/json-and-errors.md).

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
                  "files": [{"path": "/work/cat.png", "bytes": 1834512, "width": 1254, "height": 1254, "format": "png",
                             "sidecar": null}],
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
                  "warnings": [],
                  "delivered": {"width": 1254, "height": 1254, "format": "png"},
                  "images": ["/work/cat.png"],
                  "failures": []
                }
                ```

                (Shown over several lines; gen-image prints it on one.) Report each `files[].path`; `images` lists the same
                paths in order (`NAME-1` … `NAME-N` with `-n N`), and `failures` the `-n` requests that made none (exit 4). `prompt_sent` is the
                prompt exactly as sent (the user's words, plus the `--aspect` phrase on gpt-image-2-all). `cost_usd` is null
                when the price is unknown; `cost_is_estimate` is true when part of it was estimated. `notes` holds the run's
                notes and warnings, e.g. `saved as cat-2026-….png instead of overwriting it`: tell the user when a file got
                another name than asked. `warnings` repeats the warnings as `{"code", "message"}` and `delivered` is what the
                image really is: on `delivered_mismatch` (`asked 1536x1024, got 1024x1024`) the image is saved and billed
                (exit 0); tell the user rather than rerunning. `image_undecodable` (`image 2 of 3 could not be decoded; it may
                still be billed`) means the user may pay for an image they did not get: tell them. A failure looks like this:

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
                    "recovered_path": null,
                    "severity": "error",
                    "setting": "size",
                    "model": "gpt-image-2",
                    "allowed": null,
                    "retry_after_s": null,
                    "remedy": "advice",
                    "api_param": null
                  },
                  "cost_usd": null,
                  "cost_is_estimate": false
                }
                ```

                `error.http_status`, `api_code` and `request_id` are set when the gateway answered (give the user the
                `request_id` for APIYI support); `source_url` is set when the image exists but could not be saved (give the
                user that link; it lasts about 24 hours); `recovered_path` is set when an image was billed but could not be
                saved where asked and was kept in the recovery folder instead (give the user that path); then `cost_usd` says what
                that billed image cost (it is null on any other failure). `setting` names what the error is about by
                its request or batch field (`size`, `quality`, `input_images`, `model`), also when the gateway named it
                (`api_param` is the gateway's own word); `model` and `allowed` say whose rule it was and the values it takes;
                `retry_after_s` is the wait the gateway asked for; `remedy` is the kind of fix the hint describes
                (`use_values`, `drop_or_choose_model`, `check_setting`, `check_input_path`, `raise_deadline`, `advice`, …).

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
                | `refused` | 1 | The model declined in words (quoted in the message) | Retrying unchanged will be refused again. Tell the user what the model said and ask how to change the request. |
                | `no_image_in_reply` | 1 | The model answered with text, no image | Show the user the text; if the hint says so, with their consent rerun with `生成图片：` in front of their prompt. |
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
