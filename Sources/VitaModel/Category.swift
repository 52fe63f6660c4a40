/// A subject category of a paper, such as arXiv's `cs.CL`.
public struct Category: Hashable, Sendable {
  /// The code as the source writes it, such as "CL".
  public var code: String
  /// The human name, such as "Computation and Language".
  public var name: String

  /// Creates a category with a code and a human name.
  public init(code: String, name: String) {
    self.code = code
    self.name = name
  }

  /// The arXiv category for a short code as profile pages print it ("CL", "LG", "cs.CL"),
  /// or `nil` for a code arXiv does not have.
  public init?(arXivCode code: String) {
    let key = code.split(separator: ".").last.map(String.init) ?? code
    guard let name = Category.arXivNames[key] ?? Category.arXivNames[code] else { return nil }
    self.init(code: code, name: name)
  }

  /// Human names of the arXiv categories that researcher profiles carry, keyed by the
  /// short code after the archive's dot (stat.ML is keyed "ML").
  static let arXivNames: [String: String] = [
    "AI": "Artificial Intelligence",
    "AR": "Hardware Architecture",
    "CC": "Computational Complexity",
    "CE": "Computational Engineering",
    "CG": "Computational Geometry",
    "CL": "Computation and Language",
    "CR": "Cryptography and Security",
    "CV": "Computer Vision",
    "CY": "Computers and Society",
    "DB": "Databases",
    "DC": "Distributed Computing",
    "DL": "Digital Libraries",
    "DM": "Discrete Mathematics",
    "DS": "Data Structures and Algorithms",
    "ET": "Emerging Technologies",
    "FL": "Formal Languages",
    "GL": "General Literature",
    "GR": "Graphics",
    "GT": "Computer Science and Game Theory",
    "HC": "Human-Computer Interaction",
    "IR": "Information Retrieval",
    "IT": "Information Theory",
    "LG": "Machine Learning",
    "LO": "Logic in Computer Science",
    "MA": "Multiagent Systems",
    "MM": "Multimedia",
    "MS": "Mathematical Software",
    "NA": "Numerical Analysis",
    "NE": "Neural and Evolutionary Computing",
    "NI": "Networking and Internet Architecture",
    "OS": "Operating Systems",
    "PF": "Performance",
    "PL": "Programming Languages",
    "RO": "Robotics",
    "SC": "Symbolic Computation",
    "SD": "Sound",
    "SE": "Software Engineering",
    "SI": "Social and Information Networks",
    "SY": "Systems and Control",
    "ML": "Machine Learning (Statistics)",
    "AP": "Applications",
    "CO": "Computation",
    "ME": "Methodology",
    "TH": "Statistics Theory",
    "AS": "Audio and Speech Processing",
    "IV": "Image and Video Processing",
    "SP": "Signal Processing",
    "OC": "Optimization and Control",
    "NC": "Neurons and Cognition",
    "QM": "Quantitative Methods",
    "quant-ph": "Quantum Physics",
  ]
}
