/// Texts of saving: file names, folders and temporary files.
extension Catalog {
    static let output: [String: Entry] = [
        "output.extension.missing": Entry(
            en: "the image is {format} but the file name had no extension; saved as {name}",
            zh: "图片是 {format}，但文件名没有扩展名；已保存为 {name}"),
        "output.extension.changed": Entry(
            en: "the image is {format} but the file name had {extension}; saved as {name}",
            zh: "图片是 {format}，但文件名的扩展名是 {extension}；已保存为 {name}"),
        "output.folder.create": Entry(en: "could not create folder {folder}", zh: "无法创建文件夹 {folder}"),
        "output.folder.create.hint": Entry(
            en: "check that the path is writable, or pass {@filename} with a different folder",
            zh: "请确认路径可写，或用 {@filename} 指定其他文件夹"),
        "output.folder.write": Entry(en: "could not write to {folder}", zh: "无法写入 {folder}"),
        "output.folder.write.hint": Entry(
            en: "check free space and permissions, or pass {@filename} with a different folder",
            zh: "请检查剩余空间和权限，或用 {@filename} 指定其他文件夹"),
        "output.renamed": Entry(
            en: "{existing} already exists; saved as {name} instead of overwriting it",
            zh: "{existing} 已存在；已另存为 {name}，没有覆盖它"),
        "output.no_free_name": Entry(en: "could not find a free file name in {folder}", zh: "无法在 {folder} 中找到可用的文件名"),
        "output.save": Entry(en: "could not save {path}: {detail}", zh: "无法保存 {path}：{detail}"),
        "output.save.hint": Entry(en: "check that the folder is writable", zh: "请确认文件夹可写"),
        "output.temporary.create": Entry(
            en: "could not create a temporary file in {folder}", zh: "无法在 {folder} 中创建临时文件"),
        "output.temporary.create.hint": Entry(
            en: "check free space, or point TMPDIR at a writable folder", zh: "请检查剩余空间，或把 TMPDIR 指向可写的文件夹"),
        "output.temporary.write": Entry(en: "could not write a temporary file: {detail}", zh: "无法写入临时文件：{detail}"),
    ]
}
