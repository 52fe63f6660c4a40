public enum VitaImportPlaceholder {}
