/// Texts the library shares across areas: the missing key, and the pieces longer texts are joined from.
extension Catalog {
    static let common: [String: Entry] = [
        "auth.missing": Entry(
            en: "no API key: {variable} is not set",
            zh: "没有 API 密钥：未设置 {variable}"),
        "auth.missing.hint": Entry(
            en: "get a key at {page}, then export {variable}=\"sk-…\" or pass -k/--api-key",
            zh: "在 {page} 获取密钥，然后 export {variable}=\"sk-…\"，或用 -k/--api-key 传入"),
        "common.value": Entry(en: "{value}", zh: "{value}"),
        "common.or": Entry(en: "{first} or {second}", zh: "{first} 或 {second}"),
        "common.then": Entry(en: "{first}; {second}", zh: "{first}；{second}"),
    ]
}
