// swift-tools-version: 6.1
import PackageDescription

// Dependencies point one way: C targets ← IO wrappers ← Lifecycle ← Catalog/Storage ← Sealing (signer, TSA)
// ← feature layers (DropImport, Gates, Bundling, Query, Exceptions, Export) ← Nightly (the batch orchestration) ←
// qcarchive. See docs/ARCHITECTURE.md.
let package = Package(
    name: "qcarchive",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.3.0"),
    ],
    targets: [
        .systemLibrary(name: "CArchive", pkgConfig: "libarchive", providers: [.apt(["libarchive-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        // PKCS#11's header only (p11-kit's): the module is the HSM vendor's library, loaded at run time.
        .systemLibrary(name: "CPKCS11", pkgConfig: "p11-kit-1", providers: [.apt(["libp11-kit-dev"])]),

        .target(name: "ArchiveIO", dependencies: ["CArchive"]),
        .target(name: "CryptoIO", dependencies: ["COpenSSL", .product(name: "SwiftASN1", package: "swift-asn1")]),
        .target(name: "SQLiteIO", dependencies: ["CSQLite"]),
        .target(name: "PostgresIO", dependencies: ["CLibPQ"]),
        .target(name: "ZlibIO", dependencies: ["CZlib"]),
        .target(name: "PKCS11IO", dependencies: ["CPKCS11"]),

        .target(name: "Lifecycle"),
        .target(name: "Storage", dependencies: ["Lifecycle", "CryptoIO"]),
        .target(name: "Catalog", dependencies: ["Lifecycle", "SQLiteIO", "PostgresIO"]),
        .target(
            name: "Sealing",
            dependencies: [
                "Lifecycle", "CryptoIO", "PKCS11IO", "Storage", .product(name: "SwiftASN1", package: "swift-asn1"),
            ]
        ),
        .target(name: "DropImport", dependencies: ["Lifecycle", "Catalog", "Storage", "CryptoIO", "ZlibIO"]),
        .target(name: "Gates", dependencies: ["Lifecycle", "Catalog", "CryptoIO", "Storage"]),
        .target(name: "Query", dependencies: ["Lifecycle", "Catalog"]),
        .target(name: "Exceptions", dependencies: ["Lifecycle", "Catalog", "Storage", "CryptoIO"]),
        .target(
            name: "Bundling",
            dependencies: ["Lifecycle", "Catalog", "Storage", "CryptoIO", "Sealing", "ArchiveIO", "ZlibIO"]
        ),
        .target(
            name: "Export",
            dependencies: ["Lifecycle", "Catalog", "Storage", "CryptoIO", "Sealing", "ArchiveIO"]
        ),
        .target(
            name: "Nightly",
            dependencies: ["Lifecycle", "Catalog", "Storage", "CryptoIO", "Sealing", "DropImport", "Gates", "Bundling"]
        ),
        .executableTarget(
            name: "qcarchive",
            dependencies: [
                "Nightly", "Bundling", "Sealing", "DropImport", "Query", "Gates", "Exceptions", "Export",
                "Catalog", "Storage", "Lifecycle", "CryptoIO", "ArchiveIO",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .executableTarget(
            name: "qcbench",
            dependencies: [
                "CryptoIO", "Lifecycle", "Storage", "ArchiveIO", "Sealing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The fuzz targets (make fuzz); an ordinary build is the corpus regression runner.
        .executableTarget(
            name: "qcfuzz",
            dependencies: ["Bundling", "Catalog", "CryptoIO", "DropImport", "Lifecycle", "Sealing"],
            path: "Tests/Fuzz",
            exclude: ["corpus"]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ArchiveIOTests", dependencies: ["ArchiveIO", "TestSupport"]),
        .testTarget(name: "CryptoIOTests", dependencies: ["CryptoIO", "TestSupport"]),
        .testTarget(name: "SQLiteIOTests", dependencies: ["SQLiteIO"]),
        .testTarget(name: "PostgresIOTests", dependencies: ["PostgresIO", "TestSupport"]),
        .testTarget(name: "ZlibIOTests", dependencies: ["ZlibIO", "TestSupport"]),
        .testTarget(name: "PKCS11IOTests", dependencies: ["PKCS11IO", "CryptoIO", "TestSupport"]),
        .testTarget(name: "LifecycleTests", dependencies: ["Lifecycle", "TestSupport"]),
        .testTarget(
            name: "DropImportTests",
            dependencies: ["DropImport", "Catalog", "Storage", "Lifecycle", "CryptoIO", "ZlibIO", "TestSupport"]
        ),
        .testTarget(name: "GatesTests", dependencies: ["Gates", "Catalog", "Lifecycle", "CryptoIO"]),
        .testTarget(name: "CatalogTests", dependencies: ["Catalog", "Lifecycle", "TestSupport"]),
        .testTarget(
            name: "NightlyTests",
            dependencies: [
                "Nightly", "DropImport", "Gates", "Query", "Bundling", "Sealing", "Catalog", "Storage", "Lifecycle",
                "CryptoIO", "ArchiveIO", "TestSupport",
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
