import Foundation

/// Reads the parts of an XMP packet gen-image cares about, from its own packets and from other tools'.
///
/// A small XML reader (elements, attributes, text, entities, namespaces) rather than Foundation's
/// `XMLParser`, which on Linux needs libxml2 at run time, and a portable binary must not. It never throws:
/// a malformed packet yields whatever was read before the fault.
struct XMPReader {
    /// One XML element.
    final class Element {
        let namespace: String
        let name: String
        var attributes: [(namespace: String, name: String, value: String)] = []
        var children: [Element] = []
        var text = ""

        init(namespace: String, name: String) {
            self.namespace = namespace
            self.name = name
        }

        func child(_ namespace: String, _ name: String) -> Element? {
            children.first { $0.namespace == namespace && $0.name == name }
        }

        func attribute(_ namespace: String, _ name: String) -> String? {
            attributes.first { $0.namespace == namespace && $0.name == name }?.value
        }

        /// Every element below this one, depth first.
        var descendants: [Element] { children.flatMap { [$0] + $0.descendants } }
    }

    let root: Element

    /// Parses `text`, at most a few megabytes of it.
    init(_ text: String) {
        root = Self.parse(Array(text.utf8.prefix(8 << 20)))
    }

    /// The `rdf:Description` elements, where XMP keeps its properties.
    private var descriptions: [Element] {
        root.descendants.filter { $0.namespace == XMPPacket.rdf && $0.name == "Description" }
    }

    /// A simple property's value, written as an element or as an attribute of `rdf:Description`.
    func simple(_ namespace: String, _ name: String) -> String? {
        for description in descriptions {
            if let value = description.attribute(namespace, name) { return value }
            if let element = description.child(namespace, name) { return Self.value(of: element) }
        }
        return nil
    }

    /// An element's value: its text, or the first `rdf:li` of an `rdf:Alt`/`rdf:Seq`/`rdf:Bag` (the
    /// `x-default` one for an `Alt`).
    static func value(of element: Element) -> String? {
        if let container = element.children.first(where: { $0.namespace == XMPPacket.rdf }) {
            let items = container.children.filter { $0.name == "li" }
            let chosen =
                items.first { $0.attribute("http://www.w3.org/XML/1998/namespace", "lang") == "x-default" }
                ?? items.first
            return chosen?.text
        }
        if let resource = element.attribute(XMPPacket.rdf, "resource") { return resource }
        return element.text
    }

    /// The structures of an `rdf:Seq`/`rdf:Bag` property, each as its fields by name.
    func structures(_ namespace: String, _ name: String) -> [[String: String]] {
        for description in descriptions {
            guard let element = description.child(namespace, name),
                let container = element.children.first(where: { $0.namespace == XMPPacket.rdf })
            else { continue }
            return container.children.filter { $0.name == "li" }.map { item in
                var fields: [String: String] = [:]
                var sources = [item]
                sources += item.children.filter { $0.namespace == XMPPacket.rdf && $0.name == "Description" }
                for source in sources {
                    for attribute in source.attributes where attribute.namespace == namespace {
                        fields[attribute.name] = attribute.value
                    }
                    for child in source.children where child.namespace == namespace { fields[child.name] = child.text }
                }
                return fields
            }
        }
        return []
    }

    // MARK: - Parsing

    private static func parse(_ bytes: [UInt8]) -> Element {
        let document = Element(namespace: "", name: "#document")
        var stack: [(element: Element, scope: [String: String])] = [
            (document, ["xml": "http://www.w3.org/XML/1998/namespace"])
        ]
        var index = 0
        while index < bytes.count {
            if bytes[index] != UInt8(ascii: "<") {
                let start = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
                stack[stack.count - 1].element.text += decode(bytes[start..<index])
                continue
            }
            // Comments, processing instructions and declarations are skipped.
            if starts(bytes, index, "<!--") {
                index = find(bytes, "-->", from: index).map { $0 + 3 } ?? bytes.count
                continue
            }
            if starts(bytes, index, "<![CDATA[") {
                let end = find(bytes, "]]>", from: index) ?? bytes.count
                stack[stack.count - 1].element.text += String(decoding: bytes[(index + 9)..<end], as: UTF8.self)
                index = min(bytes.count, end + 3)
                continue
            }
            if starts(bytes, index, "<?") || starts(bytes, index, "<!") {
                index = find(bytes, ">", from: index).map { $0 + 1 } ?? bytes.count
                continue
            }
            guard let end = tagEnd(bytes, from: index) else { break }
            let tag = bytes[(index + 1)..<end]
            index = end + 1
            if tag.first == UInt8(ascii: "/") {
                if stack.count > 1 { stack.removeLast() }
                continue
            }
            let selfClosing = tag.last == UInt8(ascii: "/")
            let (name, rawAttributes) = split(selfClosing ? tag.dropLast() : tag)
            var scope = stack[stack.count - 1].scope
            for (key, value) in rawAttributes {
                if key == "xmlns" { scope[""] = value }
                if key.hasPrefix("xmlns:") { scope[String(key.dropFirst(6))] = value }
            }
            let (prefix, local) = qualified(name)
            let element = Element(namespace: scope[prefix] ?? "", name: local)
            for (key, value) in rawAttributes where key != "xmlns" && !key.hasPrefix("xmlns:") {
                let (attributePrefix, attributeName) = qualified(key)
                element.attributes.append(
                    (attributePrefix.isEmpty ? "" : scope[attributePrefix] ?? "", attributeName, value))
            }
            stack[stack.count - 1].element.children.append(element)
            if !selfClosing && stack.count < 64 { stack.append((element, scope)) }
        }
        return document
    }

    private static func qualified(_ name: String) -> (String, String) {
        guard let colon = name.firstIndex(of: ":") else { return ("", name) }
        return (String(name[..<colon]), String(name[name.index(after: colon)...]))
    }

    /// The index of the `>` closing the tag at `start`, skipping quoted attribute values.
    private static func tagEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var quote: UInt8?
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index
            }
            index += 1
        }
        return nil
    }

    /// A tag's name and its attributes, values decoded.
    private static func split(_ tag: ArraySlice<UInt8>) -> (String, [(String, String)]) {
        var index = tag.startIndex
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        while index < tag.endIndex, !isSpace(tag[index]) { index += 1 }
        let name = String(decoding: tag[tag.startIndex..<index], as: UTF8.self)
        var attributes: [(String, String)] = []
        while index < tag.endIndex {
            while index < tag.endIndex, isSpace(tag[index]) { index += 1 }
            let keyStart = index
            while index < tag.endIndex, tag[index] != UInt8(ascii: "="), !isSpace(tag[index]) { index += 1 }
            let key = String(decoding: tag[keyStart..<index], as: UTF8.self)
            while index < tag.endIndex, tag[index] != UInt8(ascii: "\""), tag[index] != UInt8(ascii: "'") {
                index += 1
            }
            guard index < tag.endIndex else { break }
            let quote = tag[index]
            index += 1
            let valueStart = index
            while index < tag.endIndex, tag[index] != quote { index += 1 }
            let value = decode(tag[valueStart..<min(index, tag.endIndex)])
            index += 1
            if !key.isEmpty { attributes.append((key, value)) }
        }
        return (name, attributes)
    }

    /// Text with the five named entities and numeric character references decoded.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semicolon = rest[amp...].prefix(12).firstIndex(of: ";") else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let entity = rest[rest.index(after: amp)..<semicolon]
            var replacement: String?
            switch entity {
            case "amp": replacement = "&"
            case "lt": replacement = "<"
            case "gt": replacement = ">"
            case "quot": replacement = "\""
            case "apos": replacement = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    replacement = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map(String.init)
                } else if entity.hasPrefix("#") {
                    replacement = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map(String.init)
                }
            }
            if let replacement {
                out += replacement
                rest = rest[rest.index(after: semicolon)...]
            } else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
            }
        }
        out += rest
        return out
    }

    private static func starts(_ bytes: [UInt8], _ index: Int, _ prefix: String) -> Bool {
        let needle = Array(prefix.utf8)
        return index + needle.count <= bytes.count && bytes[index..<index + needle.count].elementsEqual(needle)
    }

    private static func find(_ bytes: [UInt8], _ text: String, from start: Int) -> Int? {
        let needle = Array(text.utf8)
        guard bytes.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

extension ProvenanceRecord {
    /// Reads gen-image's record from an XMP packet; nil when the packet holds none.
    init?(xmp: XMPReader) {
        let ns = XMPPacket.namespace
        let exact = xmp.simple(ns, "PromptBase64").flatMap { Data(base64Encoded: $0) }.map {
            String(decoding: $0, as: UTF8.self)
        }
        guard let model = xmp.simple(ns, "Model"),
            let prompt = exact ?? xmp.simple(XMPPacket.dublinCore, "description")
        else { return nil }
        func integer(_ name: String) -> Int? { xmp.simple(ns, name).flatMap { Int($0) } }
        self.init(
            generator: xmp.simple(ns, "Generator") ?? xmp.simple(XMPPacket.xmpBasic, "CreatorTool") ?? "gen-image",
            prompt: prompt, model: model, mode: xmp.simple(ns, "Mode") ?? "generate",
            provider: xmp.simple(ns, "Provider") ?? "apiyi", endpoint: xmp.simple(ns, "Endpoint") ?? "",
            sizeAsked: xmp.simple(ns, "SizeAsked"), aspect: xmp.simple(ns, "Aspect"),
            resolution: xmp.simple(ns, "Resolution"), quality: xmp.simple(ns, "Quality"),
            formatAsked: xmp.simple(ns, "FormatAsked"), width: integer("Width"), height: integer("Height"),
            format: xmp.simple(ns, "Format") ?? "", requestID: xmp.simple(ns, "RequestID"),
            created: xmp.simple(ns, "Created") ?? "", costUSD: xmp.simple(ns, "CostUSD").flatMap { Double($0) },
            costIsEstimate: xmp.simple(ns, "CostIsEstimate")?.lowercased() == "true",
            settings: xmp.structures(ns, "Settings").compactMap { fields in
                guard let name = fields["Name"], let value = fields["Value"] else { return nil }
                return (name, value)
            },
            inputs: xmp.structures(ns, "Inputs").compactMap { fields in
                guard let name = fields["Name"], let sha = fields["SHA256"] else { return nil }
                return Input(role: fields["Role"] ?? "image", name: name, path: fields["Path"] ?? name, sha256: sha)
            },
            toolModel: xmp.simple(ns, "ToolModel"))
    }
}
