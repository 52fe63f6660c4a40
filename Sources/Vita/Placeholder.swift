public enum VitaPlaceholder {}
