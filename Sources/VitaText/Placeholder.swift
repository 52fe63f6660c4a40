public enum VitaTextPlaceholder {}
