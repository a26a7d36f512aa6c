/// Texts of the input checks: input images and the edit mask.
extension Catalog {
    static let inputs: [String: Entry] = [
        "input.too_many": Entry(
            en: "too many input images: {count} given, at most {max}", zh: "输入图片过多：给了 {count} 张，最多 {max} 张"),
        "input.too_many.hint": Entry(
            en: "merge or drop some images; {@input_images} takes 1 to {max} paths",
            zh: "请合并或去掉部分图片；{@input_images} 接受 1 到 {max} 个路径"),
        "input.not_found": Entry(en: "input image not found: {path}", zh: "找不到输入图片：{path}"),
        "input.not_found.hint": Entry(
            en:
                "check the path; note that {@input_images} takes every argument up to the next flag as an image, so put {@prompt} before "
                + "{@input_images} or quote the prompt",
            zh: "请检查路径；注意 {@input_images} 会把下一个选项之前的所有参数都当作图片，所以请把 {@prompt} 放在 {@input_images} 之前，或给提示词加上引号"),
        "input.not_file": Entry(en: "input image is not a regular file: {path}", zh: "输入图片不是普通文件：{path}"),
        "input.not_file.hint": Entry(en: "pass the path of an image file", zh: "请传入图片文件的路径"),
        "input.too_large": Entry(
            en: "input image is too large: {path} is {size}, the limit is {limit}",
            zh: "输入图片过大：{path} 为 {size}，上限为 {limit}"),
        "input.too_large.hint": Entry(
            en: "shrink or re-encode it (the gateway recommends at most {recommended} per image)",
            zh: "请缩小或重新编码（网关建议每张图片不超过 {recommended}）"),
        "input.unreadable": Entry(en: "cannot read input image: {path}", zh: "无法读取输入图片：{path}"),
        "input.permissions": Entry(en: "check its permissions", zh: "请检查它的权限"),
        "input.not_image": Entry(
            en: "input is not a PNG, JPEG or WebP image: {path}", zh: "输入不是 PNG、JPEG 或 WebP 图片：{path}"),
        "input.not_image.hint": Entry(
            en: "convert it first (HEIC, GIF, BMP and others are not accepted; the file's bytes decide, not its "
                + "extension)",
            zh: "请先转换格式（不接受 HEIC、GIF、BMP 等格式；以文件内容而非扩展名为准）"),
        "input.large": Entry(
            en: "{path} is {size}; the gateway recommends at most {recommended} per image and may reject it",
            zh: "{path} 为 {size}；网关建议每张图片不超过 {recommended}，可能会拒绝它"),
        "mask.not_found": Entry(en: "mask not found: {path}", zh: "找不到遮罩：{path}"),
        "mask.not_found.hint": Entry(en: "check the path given to {@mask}", zh: "请检查传给 {@mask} 的路径"),
        "mask.too_large": Entry(
            en: "the mask is too large: {path} is {size}; it must be under {limit}",
            zh: "遮罩过大：{path} 为 {size}；必须小于 {limit}"),
        "mask.too_large.hint": Entry(
            en: "a mask only needs alpha: save it as an 8-bit grayscale+alpha PNG, or shrink the image and mask",
            zh: "遮罩只需要 alpha 通道：请存为 8 位灰度+alpha 的 PNG，或缩小图片和遮罩"),
        "mask.unreadable": Entry(en: "cannot read the mask: {path}", zh: "无法读取遮罩：{path}"),
        "mask.not_png.format": Entry(
            en: "the mask must be a PNG image: {path} is {format}", zh: "遮罩必须是 PNG 图片：{path} 是 {format}"),
        "mask.not_png.not_image": Entry(
            en: "the mask must be a PNG image: {path} is not an image", zh: "遮罩必须是 PNG 图片：{path} 不是图片"),
        "mask.not_png.hint": Entry(
            en: "save the mask as PNG with an alpha channel (transparent where the image should change)",
            zh: "请把遮罩存为带 alpha 通道的 PNG（图片需要修改的地方设为透明）"),
        "mask.no_alpha": Entry(en: "the mask has no alpha channel: {path}", zh: "遮罩没有 alpha 通道：{path}"),
        "mask.no_alpha.hint": Entry(
            en: "the transparent pixels mark what to edit; save it as RGBA or grayscale+alpha PNG (e.g. in Python: "
                + "mask.convert(\"RGBA\"), then putalpha)",
            zh: "透明像素标出要编辑的区域；请存为 RGBA 或灰度+alpha 的 PNG（例如在 Python 中：mask.convert(\"RGBA\")，然后 putalpha）"),
        "mask.image_size_unknown": Entry(
            en: "cannot read the pixel size of {image} to compare it with the mask",
            zh: "无法读取 {image} 的像素尺寸，因而无法与遮罩比较"),
        "mask.image_size_unknown.hint": Entry(
            en: "re-save the image to edit as PNG, or drop {@mask}", zh: "请把要编辑的图片重新存为 PNG，或去掉 {@mask}"),
        "mask.size_mismatch": Entry(
            en: "the mask is {mask} but the image to edit ({image}) is {size}; they must be the same size",
            zh: "遮罩为 {mask}，而要编辑的图片（{image}）为 {size}；两者尺寸必须相同"),
        "mask.size_mismatch.hint": Entry(
            en: "resize the mask to {size}; it applies to the first {@input_images} image",
            zh: "请把遮罩调整为 {size}；它作用于第一张 {@input_images} 图片"),
        "mask.format_differs": Entry(
            en: "the image to edit is {format} and the mask is PNG; the API asks for both in the same format, so "
                + "convert the image to PNG if the gateway refuses",
            zh: "要编辑的图片是 {format}，而遮罩是 PNG；API 要求两者格式相同，如果网关拒绝，请把图片转换为 PNG"),
    ]
}
