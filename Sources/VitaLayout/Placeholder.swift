public enum VitaLayoutPlaceholder {}
