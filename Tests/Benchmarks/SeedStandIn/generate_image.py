#!/usr/bin/env python3
"""A stand-in for the seed skill's scripts/generate_image.py (apiyi-gpt-image-2-gen), for gen-image-bench only.

The seed (the skill's SKILL.md, ../shared/seeds/001*) names the script but does not contain it, and the upstream
file (github.com/wuchubuzai2018/expert-skills-hub, skills/apiyi-gpt-image-2-gen/scripts/generate_image.py at
commit cd6bf0a1) is not ours to copy. This file was written for this project from the description of that script
in the project's research notes (its flags, its request and its reply handling), so that the benchmark's
"4K wall vs the seed's generate_image.py" figure can be reproduced from the repository alone. It does the same
work the same way: argparse, `requests.post(json=...)` with a 500 s timeout, `response.json()` of the whole
reply, `base64.b64decode` of `data[0].b64_json`, one `write_bytes`. Text to image only; no edits.
Pass the real script with `gen-image-bench --seed-script path/to/generate_image.py` to time it instead.
"""

import argparse
import base64
import datetime
import os
import sys
from pathlib import Path

import requests

ENDPOINT = 'https://api.apiyi.com/v1/images/generations'
TIMEOUT_SECONDS = 500


def arguments():
    parser = argparse.ArgumentParser(description='gpt-image-2 text to image (benchmark stand-in)')
    parser.add_argument('-p', '--prompt', required=True)
    parser.add_argument('-f', '--filename')
    parser.add_argument('-s', '--size')
    parser.add_argument('-q', '--quality', default='auto', choices=['auto', 'low', 'medium', 'high'])
    parser.add_argument('-o', '--output-format', default='png', choices=['png', 'jpeg', 'webp'])
    parser.add_argument('-c', '--output-compression', type=int)
    parser.add_argument('-k', '--api-key')
    return parser.parse_args()


def main():
    options = arguments()
    key = options.api_key or os.environ.get('APIYI_API_KEY')
    if not key:
        sys.exit('APIYI_API_KEY is not set')
    name = options.filename
    if not name:
        stamp = datetime.datetime.now().strftime('%Y-%m-%d-%H-%M-%S')
        name = f"{stamp}-image.{'jpg' if options.output_format == 'jpeg' else options.output_format}"

    # As the script sends it: quality and output_format always, size and compression when given.
    body = {'model': 'gpt-image-2', 'prompt': options.prompt, 'quality': options.quality,
            'output_format': options.output_format}
    if options.size:
        body['size'] = options.size
    if options.output_compression is not None:
        body['output_compression'] = options.output_compression
    print(f'generating: {options.prompt}')
    started = datetime.datetime.now()
    response = requests.post(ENDPOINT, headers={'Authorization': f'Bearer {key}'}, json=body,
                             timeout=TIMEOUT_SECONDS)
    response.raise_for_status()
    reply = response.json()
    print(f'done in {(datetime.datetime.now() - started).total_seconds():.1f} s')

    encoded = (reply.get('data') or [{}])[0].get('b64_json')
    if not encoded:
        sys.exit('no image in the reply')
    target = Path(name).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(base64.b64decode(encoded))
    print(f'saved to {name}')


if __name__ == '__main__':
    main()
