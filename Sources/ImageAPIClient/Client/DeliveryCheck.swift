import Foundation

/// Compares what came back with what was asked, after the image is saved (and paid for): the exact size
/// sent (`-s`), the shape of `--aspect` (within 2 %), and the format (`-o`). A mismatch is one warning naming
/// both; the run still succeeds. An edit whose result has another shape than its first input gets a note
/// suggesting `--aspect` with the input's ratio.
enum DeliveryCheck {
    /// The warnings and notes for one saved image.
    static func diagnostics(_ planned: PlannedJob, image: SavedImage) -> [Diagnostic] {
        var asked: [String] = []
        var got: [String] = []
        if let width = image.width, let height = image.height {
            // `--aspect` asked for a shape (the size sent for it is the planner's choice): the ratio is checked.
            if let ratio = planned.aspect?.ratio {
                let delivered = Double(width) / Double(height)
                if abs(delivered / ratio.value - 1) > 0.02 {
                    asked.append(ratio.description)
                    got.append("\(width)x\(height) (\(shape(width, height)))")
                }
            } else if case .size(.pixels(let askedWidth, let askedHeight))? = planned.parameters[.size],
                askedWidth != width || askedHeight != height
            {
                asked.append("\(askedWidth)x\(askedHeight)")
                got.append("\(width)x\(height)")
            }
        }
        if let format = planned.parameters[.outputFormat]?.wireText.lowercased(),
            let wanted = ImageFormat.allCases.first(where: {
                $0.rawValue == format || $0.acceptedExtensions.contains(format)
            }),
            wanted != image.format
        {
            asked.append(wanted.rawValue.uppercased())
            got.append(image.format.rawValue.uppercased())
        }
        var diagnostics: [Diagnostic] = []
        if !asked.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "delivered_mismatch",
                    Message.deliveredMismatch(
                        asked: asked.joined(separator: " "), got: got.joined(separator: " "),
                        name: image.path.lastPathComponent)))
        }
        if let note = editShape(planned, image: image) { diagnostics.append(note) }
        return diagnostics
    }

    /// An edit whose result is not the shape of its first input, when no shape was asked.
    private static func editShape(_ planned: PlannedJob, image: SavedImage) -> Diagnostic? {
        guard let first = planned.inputs.first, planned.aspect == nil,
            planned.parameters[.size].map({ $0 == .size(.auto) }) ?? true,
            let width = image.width, let height = image.height,
            let head = try? FileHandle(forReadingFrom: first.url),
            let data = try? head.read(upToCount: 1 << 20),
            let input = ImageInspector.inspect(data), let inputWidth = input.width, let inputHeight = input.height
        else { return nil }
        try? head.close()
        let ratio = Double(width) / Double(height)
        let inputRatio = Double(inputWidth) / Double(inputHeight)
        guard abs(ratio / inputRatio - 1) > 0.02 else { return nil }
        return Diagnostic(
            .note, code: "edit_shape_changed",
            Message.deliveredEditShape(
                got: "\(width)x\(height)", input: first.url.lastPathComponent,
                inputSize: "\(inputWidth)x\(inputHeight)",
                aspect: shape(inputWidth, inputHeight)))
    }

    /// `3:2` for 1536x1024: the reduced ratio, or the nearest ratio with small terms for an odd size.
    static func shape(_ width: Int, _ height: Int) -> String {
        if let exact = AspectRatio(width: width, height: height), exact.width <= 32, exact.height <= 32 {
            return exact.description
        }
        let value = Double(width) / Double(height)
        var best = (1, 1, Double.infinity)
        for h in 1...32 {
            let w = max(1, Int((value * Double(h)).rounded()))
            let error = abs(Double(w) / Double(h) / value - 1)
            if error < best.2 - 1e-9 { best = (w, h, error) }
        }
        return "\(best.0):\(best.1)"
    }
}
