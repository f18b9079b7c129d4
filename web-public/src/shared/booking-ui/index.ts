export { ConflictAlternatives } from './ConflictAlternatives';
export { ServiceLines } from './ServiceLines';
export { SlotPicker, type PickedSlot } from './SlotPicker';
