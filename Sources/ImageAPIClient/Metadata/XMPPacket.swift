import Foundation

/// The XMP packet gen-image writes: `dc:description` (the prompt), `xmp:CreatorTool`, IPTC's
/// `DigitalSourceType`, and every setting under gen-image's own namespace, which exiftool shows as
/// `XMP-genimage:*`.
enum XMPPacket {
    /// gen-image's XMP namespace.
    static let namespace = "urn:x-gen-image:xmp:1.0#"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let xmpBasic = "http://ns.adobe.com/xap/1.0/"
    static let iptcExtension = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

    /// The whole packet, UTF-8, with its `xpacket` wrapper.
    static func packet(for record: ProvenanceRecord) -> [UInt8] {
        func element(_ name: String, _ value: String?) -> String {
            guard let value else { return "" }
            return "   <genimage:\(name)>\(escape(value))</genimage:\(name)>\n"
        }
        var body = ""
        body += "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escape(record.prompt))</rdf:li>"
        body += "</rdf:Alt></dc:description>\n"
        body += "   <xmp:CreatorTool>\(escape(record.generator))</xmp:CreatorTool>\n"
        body += "   <xmp:CreateDate>\(escape(record.created))</xmp:CreateDate>\n"
        body += "   <Iptc4xmpExt:DigitalSourceType>\(record.digitalSourceType)</Iptc4xmpExt:DigitalSourceType>\n"
        // XML cannot carry some control characters at all; then the prompt also goes in exactly, as base64.
        if !carriesExactly(record.prompt) {
            body += element("PromptBase64", Data(record.prompt.utf8).base64EncodedString())
        }
        body += element("Generator", record.generator)
        body += element("Model", record.model)
        body += element("ToolModel", record.toolModel)
        body += element("Mode", record.mode)
        body += element("Provider", record.provider)
        body += element("Endpoint", record.endpoint)
        body += element("SizeAsked", record.sizeAsked)
        body += element("Aspect", record.aspect)
        body += element("Resolution", record.resolution)
        body += element("Quality", record.quality)
        body += element("FormatAsked", record.formatAsked)
        body += element("Width", record.width.map(String.init))
        body += element("Height", record.height.map(String.init))
        body += element("Format", record.format)
        body += element("RequestID", record.requestID)
        body += element("Created", record.created)
        body += element("CostUSD", record.costUSD.map { String(format: "%.4f", $0) })
        body += element("CostIsEstimate", record.costIsEstimate ? "True" : "False")
        if !record.settings.isEmpty {
            body += "   <genimage:Settings><rdf:Seq>\n"
            for setting in record.settings {
                body += "    <rdf:li rdf:parseType=\"Resource\"><genimage:Name>\(escape(setting.name))</genimage:Name>"
                body += "<genimage:Value>\(escape(setting.value))</genimage:Value></rdf:li>\n"
            }
            body += "   </rdf:Seq></genimage:Settings>\n"
        }
        if !record.inputs.isEmpty {
            body += "   <genimage:Inputs><rdf:Seq>\n"
            for input in record.inputs {
                body += "    <rdf:li rdf:parseType=\"Resource\"><genimage:Role>\(escape(input.role))</genimage:Role>"
                body += "<genimage:Name>\(escape(input.name))</genimage:Name>"
                body += "<genimage:Path>\(escape(input.path))</genimage:Path>"
                body += "<genimage:SHA256>\(escape(input.sha256))</genimage:SHA256></rdf:li>\n"
            }
            body += "   </rdf:Seq></genimage:Inputs>\n"
        }
        let text =
            "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            + " <rdf:RDF xmlns:rdf=\"\(rdf)\">\n"
            + "  <rdf:Description rdf:about=\"\"\n"
            + "    xmlns:dc=\"\(dublinCore)\"\n"
            + "    xmlns:xmp=\"\(xmpBasic)\"\n"
            + "    xmlns:Iptc4xmpExt=\"\(iptcExtension)\"\n"
            + "    xmlns:genimage=\"\(namespace)\">\n"
            + body
            + "  </rdf:Description>\n"
            + " </rdf:RDF>\n"
            + "</x:xmpmeta>\n"
            + "<?xpacket end=\"w\"?>"
        return Array(text.utf8)
    }

    /// Text escaped for XML element content. Carriage returns become `&#13;` (XML readers would otherwise
    /// turn `\r\n` into `\n`, changing the prompt); characters XML 1.0 cannot carry at all are left out.
    static func escape(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\r": out += "&#13;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `prompt` survives the packet exactly (it has no character XML 1.0 cannot carry).
    static func carriesExactly(_ prompt: String) -> Bool {
        !prompt.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0xFFFE
                || scalar.value == 0xFFFF
        }
    }
}
