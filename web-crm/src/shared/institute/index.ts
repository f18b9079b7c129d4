export { useInstitute, type InstituteIdentity, type InstituteState } from './useInstitute';
